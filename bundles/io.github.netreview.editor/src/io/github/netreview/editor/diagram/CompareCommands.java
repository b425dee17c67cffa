package io.github.netreview.editor.diagram;

/** The ids of the Compare With commands of the diagram editor (declared in plugin.xml) and of their parameters. */
public final class CompareCommands {

	/** Compare With &gt; File...: asks for a model file unless {@link #PATH} gives it. */
	public static final String WITH_FILE = "io.github.netreview.editor.compareWithFile";
	public static final String PATH = "io.github.netreview.editor.compareWithFile.path";
	/** Compare With &gt; Revision...: asks for a git revision of the editor's file unless {@link #REVISION} gives it. */
	public static final String WITH_REVISION = "io.github.netreview.editor.compareWithRevision";
	public static final String REVISION = "io.github.netreview.editor.compareWithRevision.revision";
	public static final String STOP = "io.github.netreview.editor.stopComparing";

	private CompareCommands() {
	}
}
