/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network port of a device. Access and routed ports carry one VLAN untagged; trunks carry their allowed VLANs tagged and the native VLAN untagged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Interface#getDevice <em>Device</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getMac <em>Mac</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getMode <em>Mode</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getAccessVlan <em>Access Vlan</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getNativeVlan <em>Native Vlan</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#getAllowedVlans <em>Allowed Vlans</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Interface#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getInterface()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='OnDevice ValidMac ValidAddresses ValidVlans'"
 * @generated
 */
public interface Interface extends Named {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.github.netreview.model.topology.Device#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' container reference.
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_Device()
	 * @see io.github.netreview.model.topology.Device#getInterfaces
	 * @model opposite="interfaces" changeable="false"
	 * @generated
	 */
	Device getDevice();

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MAC address, six hexadecimal octets such as 4C:BD:8F:12:34:56.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_Mac()
	 * @model
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IP addresses with prefix length, such as 10.20.30.5/24.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' attribute list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_Addresses()
	 * @model
	 * @generated
	 */
	EList<String> getAddresses();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"ACCESS"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.InterfaceMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.github.netreview.model.topology.InterfaceMode
	 * @see #setMode(InterfaceMode)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_Mode()
	 * @model default="ACCESS"
	 * @generated
	 */
	InterfaceMode getMode();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.github.netreview.model.topology.InterfaceMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(InterfaceMode value);

	/**
	 * Returns the value of the '<em><b>Access Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VLAN of an access or routed port; unset on an endpoint means it takes the VLAN of the port it is cabled to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Vlan</em>' attribute.
	 * @see #setAccessVlan(Integer)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_AccessVlan()
	 * @model
	 * @generated
	 */
	Integer getAccessVlan();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#getAccessVlan <em>Access Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Vlan</em>' attribute.
	 * @see #getAccessVlan()
	 * @generated
	 */
	void setAccessVlan(Integer value);

	/**
	 * Returns the value of the '<em><b>Native Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VLAN a trunk carries untagged, or unset for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Native Vlan</em>' attribute.
	 * @see #setNativeVlan(Integer)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_NativeVlan()
	 * @model
	 * @generated
	 */
	Integer getNativeVlan();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#getNativeVlan <em>Native Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Native Vlan</em>' attribute.
	 * @see #getNativeVlan()
	 * @generated
	 */
	void setNativeVlan(Integer value);

	/**
	 * Returns the value of the '<em><b>Allowed Vlans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VLANs a trunk carries, such as 10,20,100-199; unset or 'all' means 1-4094 and 'none' means none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Vlans</em>' attribute.
	 * @see #setAllowedVlans(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_AllowedVlans()
	 * @model
	 * @generated
	 */
	String getAllowedVlans();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#getAllowedVlans <em>Allowed Vlans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed Vlans</em>' attribute.
	 * @see #getAllowedVlans()
	 * @generated
	 */
	void setAllowedVlans(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.github.netreview.model.topology.TopologyPackage#getInterface_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Interface#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // Interface
