/**
 */
package io.github.netreview.model.notation;

import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.notation.View#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.notation.NotationPackage#getView()
 * @model abstract="true"
 * @generated
 */
public interface View extends Identified {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The topology element this view draws.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(Named)
	 * @see io.github.netreview.model.notation.NotationPackage#getView_Element()
	 * @model
	 * @generated
	 */
	Named getElement();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.notation.View#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(Named value);

} // View
