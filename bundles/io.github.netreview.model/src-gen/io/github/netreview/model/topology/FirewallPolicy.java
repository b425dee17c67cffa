/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ordered rules, the first match wins; traffic that matches no rule gets the default action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.FirewallPolicy#getRules <em>Rules</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.FirewallPolicy#getDefaultAction <em>Default Action</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallPolicy()
 * @model
 * @generated
 */
public interface FirewallPolicy extends Named {
	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.FirewallRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallPolicy_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirewallRule> getRules();

	/**
	 * Returns the value of the '<em><b>Default Action</b></em>' attribute.
	 * The default value is <code>"DENY"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Action</em>' attribute.
	 * @see io.github.netreview.model.topology.Action
	 * @see #setDefaultAction(Action)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallPolicy_DefaultAction()
	 * @model default="DENY"
	 * @generated
	 */
	Action getDefaultAction();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallPolicy#getDefaultAction <em>Default Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Action</em>' attribute.
	 * @see io.github.netreview.model.topology.Action
	 * @see #getDefaultAction()
	 * @generated
	 */
	void setDefaultAction(Action value);

} // FirewallPolicy
