/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getAccessVlan <em>Access Vlan</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getNativeVlan <em>Native Vlan</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#getAllowedVlans <em>Allowed Vlans</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.InterfaceImpl#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends NamedImpl implements Interface {
	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addresses;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceMode MODE_EDEFAULT = InterfaceMode.ACCESS;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected InterfaceMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccessVlan() <em>Access Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessVlan()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ACCESS_VLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccessVlan() <em>Access Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessVlan()
	 * @generated
	 * @ordered
	 */
	protected Integer accessVlan = ACCESS_VLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNativeVlan() <em>Native Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeVlan()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NATIVE_VLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNativeVlan() <em>Native Vlan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeVlan()
	 * @generated
	 * @ordered
	 */
	protected Integer nativeVlan = NATIVE_VLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAllowedVlans() <em>Allowed Vlans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedVlans()
	 * @generated
	 * @ordered
	 */
	protected static final String ALLOWED_VLANS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAllowedVlans() <em>Allowed Vlans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedVlans()
	 * @generated
	 * @ordered
	 */
	protected String allowedVlans = ALLOWED_VLANS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (eContainerFeatureID() != TopologyPackage.INTERFACE__DEVICE) return null;
		return (Device)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddresses() {
		if (addresses == null) {
			addresses = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.INTERFACE__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(InterfaceMode newMode) {
		InterfaceMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAccessVlan() {
		return accessVlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessVlan(Integer newAccessVlan) {
		Integer oldAccessVlan = accessVlan;
		accessVlan = newAccessVlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__ACCESS_VLAN, oldAccessVlan, accessVlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNativeVlan() {
		return nativeVlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNativeVlan(Integer newNativeVlan) {
		Integer oldNativeVlan = nativeVlan;
		nativeVlan = newNativeVlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__NATIVE_VLAN, oldNativeVlan, nativeVlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAllowedVlans() {
		return allowedVlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowedVlans(String newAllowedVlans) {
		String oldAllowedVlans = allowedVlans;
		allowedVlans = newAllowedVlans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__ALLOWED_VLANS, oldAllowedVlans, allowedVlans));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.INTERFACE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__DEVICE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, TopologyPackage.INTERFACE__DEVICE, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__DEVICE:
				return eBasicSetContainer(null, TopologyPackage.INTERFACE__DEVICE, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case TopologyPackage.INTERFACE__DEVICE:
				return eInternalContainer().eInverseRemove(this, TopologyPackage.DEVICE__INTERFACES, Device.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__DEVICE:
				return getDevice();
			case TopologyPackage.INTERFACE__MAC:
				return getMac();
			case TopologyPackage.INTERFACE__ADDRESSES:
				return getAddresses();
			case TopologyPackage.INTERFACE__MODE:
				return getMode();
			case TopologyPackage.INTERFACE__ACCESS_VLAN:
				return getAccessVlan();
			case TopologyPackage.INTERFACE__NATIVE_VLAN:
				return getNativeVlan();
			case TopologyPackage.INTERFACE__ALLOWED_VLANS:
				return getAllowedVlans();
			case TopologyPackage.INTERFACE__ENABLED:
				return isEnabled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__MAC:
				setMac((String)newValue);
				return;
			case TopologyPackage.INTERFACE__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.INTERFACE__MODE:
				setMode((InterfaceMode)newValue);
				return;
			case TopologyPackage.INTERFACE__ACCESS_VLAN:
				setAccessVlan((Integer)newValue);
				return;
			case TopologyPackage.INTERFACE__NATIVE_VLAN:
				setNativeVlan((Integer)newValue);
				return;
			case TopologyPackage.INTERFACE__ALLOWED_VLANS:
				setAllowedVlans((String)newValue);
				return;
			case TopologyPackage.INTERFACE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__MAC:
				setMac(MAC_EDEFAULT);
				return;
			case TopologyPackage.INTERFACE__ADDRESSES:
				getAddresses().clear();
				return;
			case TopologyPackage.INTERFACE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case TopologyPackage.INTERFACE__ACCESS_VLAN:
				setAccessVlan(ACCESS_VLAN_EDEFAULT);
				return;
			case TopologyPackage.INTERFACE__NATIVE_VLAN:
				setNativeVlan(NATIVE_VLAN_EDEFAULT);
				return;
			case TopologyPackage.INTERFACE__ALLOWED_VLANS:
				setAllowedVlans(ALLOWED_VLANS_EDEFAULT);
				return;
			case TopologyPackage.INTERFACE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.INTERFACE__DEVICE:
				return getDevice() != null;
			case TopologyPackage.INTERFACE__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
			case TopologyPackage.INTERFACE__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case TopologyPackage.INTERFACE__MODE:
				return mode != MODE_EDEFAULT;
			case TopologyPackage.INTERFACE__ACCESS_VLAN:
				return ACCESS_VLAN_EDEFAULT == null ? accessVlan != null : !ACCESS_VLAN_EDEFAULT.equals(accessVlan);
			case TopologyPackage.INTERFACE__NATIVE_VLAN:
				return NATIVE_VLAN_EDEFAULT == null ? nativeVlan != null : !NATIVE_VLAN_EDEFAULT.equals(nativeVlan);
			case TopologyPackage.INTERFACE__ALLOWED_VLANS:
				return ALLOWED_VLANS_EDEFAULT == null ? allowedVlans != null : !ALLOWED_VLANS_EDEFAULT.equals(allowedVlans);
			case TopologyPackage.INTERFACE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mac: ");
		result.append(mac);
		result.append(", addresses: ");
		result.append(addresses);
		result.append(", mode: ");
		result.append(mode);
		result.append(", accessVlan: ");
		result.append(accessVlan);
		result.append(", nativeVlan: ");
		result.append(nativeVlan);
		result.append(", allowedVlans: ");
		result.append(allowedVlans);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //InterfaceImpl
