/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.TopologyPackage;
import io.github.netreview.model.topology.Zone;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conduit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.ConduitImpl#getFromZone <em>From Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ConduitImpl#getToZone <em>To Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ConduitImpl#getServices <em>Services</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ConduitImpl#getSecurityLevel <em>Security Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConduitImpl extends NamedImpl implements Conduit {
	/**
	 * The cached value of the '{@link #getFromZone() <em>From Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromZone()
	 * @generated
	 * @ordered
	 */
	protected Zone fromZone;

	/**
	 * The cached value of the '{@link #getToZone() <em>To Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToZone()
	 * @generated
	 * @ordered
	 */
	protected Zone toZone;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The default value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SECURITY_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected Integer securityLevel = SECURITY_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConduitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.CONDUIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getFromZone() {
		if (fromZone != null && fromZone.eIsProxy()) {
			InternalEObject oldFromZone = (InternalEObject)fromZone;
			fromZone = (Zone)eResolveProxy(oldFromZone);
			if (fromZone != oldFromZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.CONDUIT__FROM_ZONE, oldFromZone, fromZone));
			}
		}
		return fromZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetFromZone() {
		return fromZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromZone(Zone newFromZone) {
		Zone oldFromZone = fromZone;
		fromZone = newFromZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CONDUIT__FROM_ZONE, oldFromZone, fromZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getToZone() {
		if (toZone != null && toZone.eIsProxy()) {
			InternalEObject oldToZone = (InternalEObject)toZone;
			toZone = (Zone)eResolveProxy(oldToZone);
			if (toZone != oldToZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.CONDUIT__TO_ZONE, oldToZone, toZone));
			}
		}
		return toZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetToZone() {
		return toZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToZone(Zone newToZone) {
		Zone oldToZone = toZone;
		toZone = newToZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CONDUIT__TO_ZONE, oldToZone, toZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, TopologyPackage.CONDUIT__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSecurityLevel() {
		return securityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityLevel(Integer newSecurityLevel) {
		Integer oldSecurityLevel = securityLevel;
		securityLevel = newSecurityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CONDUIT__SECURITY_LEVEL, oldSecurityLevel, securityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.CONDUIT__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.CONDUIT__FROM_ZONE:
				if (resolve) return getFromZone();
				return basicGetFromZone();
			case TopologyPackage.CONDUIT__TO_ZONE:
				if (resolve) return getToZone();
				return basicGetToZone();
			case TopologyPackage.CONDUIT__SERVICES:
				return getServices();
			case TopologyPackage.CONDUIT__SECURITY_LEVEL:
				return getSecurityLevel();
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
			case TopologyPackage.CONDUIT__FROM_ZONE:
				setFromZone((Zone)newValue);
				return;
			case TopologyPackage.CONDUIT__TO_ZONE:
				setToZone((Zone)newValue);
				return;
			case TopologyPackage.CONDUIT__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case TopologyPackage.CONDUIT__SECURITY_LEVEL:
				setSecurityLevel((Integer)newValue);
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
			case TopologyPackage.CONDUIT__FROM_ZONE:
				setFromZone((Zone)null);
				return;
			case TopologyPackage.CONDUIT__TO_ZONE:
				setToZone((Zone)null);
				return;
			case TopologyPackage.CONDUIT__SERVICES:
				getServices().clear();
				return;
			case TopologyPackage.CONDUIT__SECURITY_LEVEL:
				setSecurityLevel(SECURITY_LEVEL_EDEFAULT);
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
			case TopologyPackage.CONDUIT__FROM_ZONE:
				return fromZone != null;
			case TopologyPackage.CONDUIT__TO_ZONE:
				return toZone != null;
			case TopologyPackage.CONDUIT__SERVICES:
				return services != null && !services.isEmpty();
			case TopologyPackage.CONDUIT__SECURITY_LEVEL:
				return SECURITY_LEVEL_EDEFAULT == null ? securityLevel != null : !SECURITY_LEVEL_EDEFAULT.equals(securityLevel);
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
		result.append(" (securityLevel: ");
		result.append(securityLevel);
		result.append(')');
		return result.toString();
	}

} //ConduitImpl
