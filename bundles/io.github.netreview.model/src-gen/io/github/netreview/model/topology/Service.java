/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A protocol with destination ports, such as TCP 554 (RTSP).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Service#getName <em>Name</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Service#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Service#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getService()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='ValidPorts'"
 * @generated
 */
public interface Service extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getService_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Service#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The default value is <code>"ANY"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.github.netreview.model.topology.Protocol
	 * @see #setProtocol(Protocol)
	 * @see io.github.netreview.model.topology.TopologyPackage#getService_Protocol()
	 * @model default="ANY"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Service#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.github.netreview.model.topology.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Destination ports such as 80,443,8000-8099; unset means all ports of the protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ports</em>' attribute.
	 * @see #setPorts(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getService_Ports()
	 * @model
	 * @generated
	 */
	String getPorts();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Service#getPorts <em>Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ports</em>' attribute.
	 * @see #getPorts()
	 * @generated
	 */
	void setPorts(String value);

} // Service
