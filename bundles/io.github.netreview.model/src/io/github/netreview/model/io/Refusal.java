package io.github.netreview.model.io;

import org.eclipse.emf.ecore.xmi.XMIException;

/** Something a model file holds that NetReview refuses, with where it is: reported like EMF's own load errors. */
final class Refusal extends XMIException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	Refusal(String problem, String location, int line, int column) {
		super(problem, location, line, column);
		this.problem = problem;
	}

	/** The problem alone: where it is travels separately, as the line and column. */
	@Override
	public String getMessage() {
		return problem;
	}
}
