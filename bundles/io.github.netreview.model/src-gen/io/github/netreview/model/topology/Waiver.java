/**
 */
package io.github.netreview.model.topology;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Waiver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An approved, time-limited exception for a restricted device; the finding stays visible, marked waived.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getDevice <em>Device</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getRule <em>Rule</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getJustification <em>Justification</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getBasis <em>Basis</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getApprover <em>Approver</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Waiver#getExpiry <em>Expiry</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='Complete'"
 * @generated
 */
public interface Waiver extends Identified {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Device()
	 * @model required="true"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule id the waiver covers, or unset for every rule on the device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy or decision the waiver rests on, such as a risk acceptance reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' attribute.
	 * @see #setApprover(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Approver()
	 * @model
	 * @generated
	 */
	String getApprover();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getApprover <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' attribute.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(String value);

	/**
	 * Returns the value of the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiry</em>' attribute.
	 * @see #setExpiry(LocalDate)
	 * @see io.github.netreview.model.topology.TopologyPackage#getWaiver_Expiry()
	 * @model dataType="io.github.netreview.model.topology.Date"
	 * @generated
	 */
	LocalDate getExpiry();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Waiver#getExpiry <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry</em>' attribute.
	 * @see #getExpiry()
	 * @generated
	 */
	void setExpiry(LocalDate value);

} // Waiver
