/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Device#getRole <em>Role</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getModel <em>Model</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#isRouting <em>Routing</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getSite <em>Site</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getZone <em>Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Device#getIngress <em>Ingress</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getDevice()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='IngressIsOwnInterface PolicyOnForwardingDevice'"
 * @generated
 */
public interface Device extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"CAMERA"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.DeviceRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.github.netreview.model.topology.DeviceRole
	 * @see #setRole(DeviceRole)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Role()
	 * @model default="CAMERA"
	 * @generated
	 */
	DeviceRole getRole();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.github.netreview.model.topology.DeviceRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(DeviceRole value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see #setFirmware(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Firmware()
	 * @model
	 * @generated
	 */
	String getFirmware();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(String value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device routes between the segments it has interfaces in. Unless set explicitly, true exactly for routers and firewalls; set it on layer-3 switches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see #isSetRouting()
	 * @see #unsetRouting()
	 * @see #setRouting(boolean)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Routing()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isRouting();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#isRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see #isSetRouting()
	 * @see #unsetRouting()
	 * @see #isRouting()
	 * @generated
	 */
	void setRouting(boolean value);

	/**
	 * Unsets the value of the '{@link io.github.netreview.model.topology.Device#isRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRouting()
	 * @see #isRouting()
	 * @see #setRouting(boolean)
	 * @generated
	 */
	void unsetRouting();

	/**
	 * Returns whether the value of the '{@link io.github.netreview.model.topology.Device#isRouting <em>Routing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Routing</em>' attribute is set.
	 * @see #unsetRouting()
	 * @see #isRouting()
	 * @see #setRouting(boolean)
	 * @generated
	 */
	boolean isSetRouting();

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone the device is deployed in (its management zone for infrastructure), or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' reference.
	 * @see #setZone(Zone)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Zone()
	 * @model
	 * @generated
	 */
	Zone getZone();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getZone <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' reference.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Interface}.
	 * It is bidirectional and its opposite is '{@link io.github.netreview.model.topology.Interface#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Interfaces()
	 * @see io.github.netreview.model.topology.Interface#getDevice
	 * @model opposite="device" containment="true"
	 * @generated
	 */
	EList<Interface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules by which a firewall (or a router with access lists) forwards traffic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' containment reference.
	 * @see #setPolicy(FirewallPolicy)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Policy()
	 * @model containment="true"
	 * @generated
	 */
	FirewallPolicy getPolicy();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getPolicy <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' containment reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(FirewallPolicy value);

	/**
	 * Returns the value of the '<em><b>Ingress</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a data diode: the one interface traffic may enter by; it leaves by the others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ingress</em>' reference.
	 * @see #setIngress(Interface)
	 * @see io.github.netreview.model.topology.TopologyPackage#getDevice_Ingress()
	 * @model
	 * @generated
	 */
	Interface getIngress();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Device#getIngress <em>Ingress</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ingress</em>' reference.
	 * @see #getIngress()
	 * @generated
	 */
	void setIngress(Interface value);

} // Device
