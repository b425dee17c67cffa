/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyPackage;
import io.github.netreview.model.topology.Zone;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.SegmentImpl#getVlanId <em>Vlan Id</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.SegmentImpl#getPrefixes <em>Prefixes</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.SegmentImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.SegmentImpl#getSite <em>Site</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentImpl extends FlowEndpointImpl implements Segment {
	/**
	 * The default value of the '{@link #getVlanId() <em>Vlan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanId()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VLAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVlanId() <em>Vlan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlanId()
	 * @generated
	 * @ordered
	 */
	protected Integer vlanId = VLAN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrefixes() <em>Prefixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> prefixes;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected Zone zone;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getVlanId() {
		return vlanId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlanId(Integer newVlanId) {
		Integer oldVlanId = vlanId;
		vlanId = newVlanId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SEGMENT__VLAN_ID, oldVlanId, vlanId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrefixes() {
		if (prefixes == null) {
			prefixes = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.SEGMENT__PREFIXES);
		}
		return prefixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getZone() {
		if (zone != null && zone.eIsProxy()) {
			InternalEObject oldZone = (InternalEObject)zone;
			zone = (Zone)eResolveProxy(oldZone);
			if (zone != oldZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SEGMENT__ZONE, oldZone, zone));
			}
		}
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(Zone newZone) {
		Zone oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SEGMENT__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SEGMENT__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SEGMENT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.SEGMENT__VLAN_ID:
				return getVlanId();
			case TopologyPackage.SEGMENT__PREFIXES:
				return getPrefixes();
			case TopologyPackage.SEGMENT__ZONE:
				if (resolve) return getZone();
				return basicGetZone();
			case TopologyPackage.SEGMENT__SITE:
				if (resolve) return getSite();
				return basicGetSite();
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
			case TopologyPackage.SEGMENT__VLAN_ID:
				setVlanId((Integer)newValue);
				return;
			case TopologyPackage.SEGMENT__PREFIXES:
				getPrefixes().clear();
				getPrefixes().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.SEGMENT__ZONE:
				setZone((Zone)newValue);
				return;
			case TopologyPackage.SEGMENT__SITE:
				setSite((Site)newValue);
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
			case TopologyPackage.SEGMENT__VLAN_ID:
				setVlanId(VLAN_ID_EDEFAULT);
				return;
			case TopologyPackage.SEGMENT__PREFIXES:
				getPrefixes().clear();
				return;
			case TopologyPackage.SEGMENT__ZONE:
				setZone((Zone)null);
				return;
			case TopologyPackage.SEGMENT__SITE:
				setSite((Site)null);
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
			case TopologyPackage.SEGMENT__VLAN_ID:
				return VLAN_ID_EDEFAULT == null ? vlanId != null : !VLAN_ID_EDEFAULT.equals(vlanId);
			case TopologyPackage.SEGMENT__PREFIXES:
				return prefixes != null && !prefixes.isEmpty();
			case TopologyPackage.SEGMENT__ZONE:
				return zone != null;
			case TopologyPackage.SEGMENT__SITE:
				return site != null;
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
		result.append(" (vlanId: ");
		result.append(vlanId);
		result.append(", prefixes: ");
		result.append(prefixes);
		result.append(')');
		return result.toString();
	}

} //SegmentImpl
