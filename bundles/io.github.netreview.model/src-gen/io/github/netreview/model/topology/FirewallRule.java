/**
 */
package io.github.netreview.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firewall Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.FirewallRule#getAction <em>Action</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.FirewallRule#getSource <em>Source</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.FirewallRule#getDestination <em>Destination</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.FirewallRule#getService <em>Service</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.FirewallRule#getIngress <em>Ingress</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='IngressOnOwnDevice'"
 * @generated
 */
public interface FirewallRule extends Named {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The default value is <code>"DENY"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see io.github.netreview.model.topology.Action
	 * @see #setAction(Action)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule_Action()
	 * @model default="DENY"
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see io.github.netreview.model.topology.Action
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone, segment or device the traffic comes from; unset means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FlowEndpoint)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule_Source()
	 * @model
	 * @generated
	 */
	FlowEndpoint getSource();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallRule#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FlowEndpoint value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone, segment or device the traffic goes to; unset means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(FlowEndpoint)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule_Destination()
	 * @model
	 * @generated
	 */
	FlowEndpoint getDestination();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallRule#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(FlowEndpoint value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service the rule applies to; unset means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(Service)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule_Service()
	 * @model containment="true"
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallRule#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an access list applied inbound on one interface of a router or layer-3 switch (such as ip access-group NAME in): that interface of the rule's device. Such a rule looks only at traffic entering there, before the device's other rules, in policy order among the rules of the same interface: the first that matches drops the traffic (DENY) or lets it on to the other rules (ALLOW). Unset: the rule applies to everything the device forwards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ingress</em>' reference.
	 * @see #setIngress(Interface)
	 * @see io.github.netreview.model.topology.TopologyPackage#getFirewallRule_Ingress()
	 * @model
	 * @generated
	 */
	Interface getIngress();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.FirewallRule#getIngress <em>Ingress</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ingress</em>' reference.
	 * @see #getIngress()
	 * @generated
	 */
	void setIngress(Interface value);

} // FirewallRule
