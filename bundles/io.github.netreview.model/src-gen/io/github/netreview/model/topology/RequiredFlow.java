/**
 */
package io.github.netreview.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Required Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Traffic the business needs, such as camera to NVR on RTSP; a segmentation proposal must keep it working.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.RequiredFlow#getSource <em>Source</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RequiredFlow#getDestination <em>Destination</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RequiredFlow#getService <em>Service</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RequiredFlow#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getRequiredFlow()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='Complete'"
 * @generated
 */
public interface RequiredFlow extends Named {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FlowEndpoint)
	 * @see io.github.netreview.model.topology.TopologyPackage#getRequiredFlow_Source()
	 * @model required="true"
	 * @generated
	 */
	FlowEndpoint getSource();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.RequiredFlow#getSource <em>Source</em>}' reference.
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
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(FlowEndpoint)
	 * @see io.github.netreview.model.topology.TopologyPackage#getRequiredFlow_Destination()
	 * @model required="true"
	 * @generated
	 */
	FlowEndpoint getDestination();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.RequiredFlow#getDestination <em>Destination</em>}' reference.
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
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(Service)
	 * @see io.github.netreview.model.topology.TopologyPackage#getRequiredFlow_Service()
	 * @model containment="true"
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.RequiredFlow#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getRequiredFlow_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.RequiredFlow#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // RequiredFlow
