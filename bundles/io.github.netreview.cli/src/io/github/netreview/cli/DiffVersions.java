package io.github.netreview.cli;

import java.io.IOException;
import java.nio.file.Path;

import io.github.netreview.io.history.GitRevisions;
import io.github.netreview.report.diff.ChangeReview;

/** Loads the versions {@code diff} compares: a model file, or a model file as it was at a git revision. */
final class DiffVersions {

	private DiffVersions() {
	}

	/** {@code model} as it is, named by its path. */
	static ChangeReview.Version file(Path model) {
		return new ChangeReview.Version(model.toString(), model, ModelArgument.load(model).getContents());
	}

	/**
	 * {@code model} as it was at {@code revision}, named {@code MODEL@REVISION}; a revision git cannot give, or a version
	 * that is no valid model, ends the command with one line naming the file and the revision.
	 */
	static ChangeReview.Version revision(Path model, String revision) {
		try {
			return new ChangeReview.Version(model + "@" + revision, model, GitRevisions.load(model, revision).getContents());
		} catch (IOException e) {
			throw new BadInput(e.getMessage());
		}
	}
}
