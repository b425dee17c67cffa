/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.TopologyPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flow Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FlowEndpointImpl extends NamedImpl implements FlowEndpoint {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.FLOW_ENDPOINT;
	}

} //FlowEndpointImpl
