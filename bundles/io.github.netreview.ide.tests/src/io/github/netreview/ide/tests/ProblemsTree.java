package io.github.netreview.ide.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

/** The Problems view's tree as a user sees it: its groups and their rows. */
final class ProblemsTree {

	private ProblemsTree() {
	}

	/** The Problems view's tree: the one with a Description column in the view's part of the window. */
	static Tree of(IViewPart problems) {
		Shell shell = problems.getSite().getShell();
		return trees(shell).filter(tree -> tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())).findFirst()
				.orElse(null);
	}

	private static Stream<Tree> trees(Control control) {
		Stream<Tree> self = control instanceof Tree tree && tree.isVisible() ? Stream.of(tree) : Stream.empty();
		if (control instanceof Composite composite) {
			return Stream.concat(self, Arrays.stream(composite.getChildren()).flatMap(ProblemsTree::trees));
		}
		return self;
	}

	/**
	 * Opens the Errors group as a click on its arrow does (the viewer makes its rows on the Expand event), selects the
	 * row of the finding of {@code selectedRule}, and returns the text of each group and row, a group's rows after it.
	 */
	static List<String> openErrors(Tree tree, String selectedRule) {
		List<String> rows = new ArrayList<>();
		for (TreeItem group : tree.getItems()) {
			if (group.getText().startsWith("Errors") && !group.getExpanded()) {
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
			rows.add(group.getText());
			for (TreeItem row : group.getItems()) {
				if (row.getText().startsWith(selectedRule)) {
					tree.setSelection(row);
					tree.showItem(row);
				}
				if (!row.getText().isEmpty()) {
					rows.add(row.getText());
				}
			}
		}
		return rows;
	}
}
