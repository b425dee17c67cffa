/**
 */
package io.github.netreview.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a firewall rule or a required flow can name as source or destination: a zone, a segment or a device.
 * <!-- end-model-doc -->
 *
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getFlowEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface FlowEndpoint extends Named {
} // FlowEndpoint
