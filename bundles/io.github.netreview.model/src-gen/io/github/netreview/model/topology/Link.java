/**
 */
package io.github.netreview.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cable, radio link or tunnel between two interfaces.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Link#getEndA <em>End A</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Link#getEndB <em>End B</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Link#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Link#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Link#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getLink()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='DistinctEnds'"
 * @generated
 */
public interface Link extends Named {
	/**
	 * Returns the value of the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End A</em>' reference.
	 * @see #setEndA(Interface)
	 * @see io.github.netreview.model.topology.TopologyPackage#getLink_EndA()
	 * @model required="true"
	 * @generated
	 */
	Interface getEndA();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Link#getEndA <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End A</em>' reference.
	 * @see #getEndA()
	 * @generated
	 */
	void setEndA(Interface value);

	/**
	 * Returns the value of the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End B</em>' reference.
	 * @see #setEndB(Interface)
	 * @see io.github.netreview.model.topology.TopologyPackage#getLink_EndB()
	 * @model required="true"
	 * @generated
	 */
	Interface getEndB();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Link#getEndB <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End B</em>' reference.
	 * @see #getEndB()
	 * @generated
	 */
	void setEndB(Interface value);

	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * The default value is <code>"COPPER"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.Medium}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see io.github.netreview.model.topology.Medium
	 * @see #setMedium(Medium)
	 * @see io.github.netreview.model.topology.TopologyPackage#getLink_Medium()
	 * @model default="COPPER"
	 * @generated
	 */
	Medium getMedium();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Link#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see io.github.netreview.model.topology.Medium
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(Medium value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.github.netreview.model.topology.TopologyPackage#getLink_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Link#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"BOTH"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.LinkDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BOTH for an ordinary link; FROM_A or FROM_B for a one-way (diode-like) link that carries frames only from that end to the other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.github.netreview.model.topology.LinkDirection
	 * @see #setDirection(LinkDirection)
	 * @see io.github.netreview.model.topology.TopologyPackage#getLink_Direction()
	 * @model default="BOTH"
	 * @generated
	 */
	LinkDirection getDirection();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Link#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.github.netreview.model.topology.LinkDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LinkDirection value);

} // Link
