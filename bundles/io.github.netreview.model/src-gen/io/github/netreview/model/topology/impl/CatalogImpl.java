/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.TopologyPackage;

import java.time.LocalDate;
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
 * An implementation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.CatalogImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.CatalogImpl#getRegistryDate <em>Registry Date</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.CatalogImpl#getVendors <em>Vendors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogImpl extends NamedImpl implements Catalog {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistryDate() <em>Registry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistryDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REGISTRY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistryDate() <em>Registry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistryDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate registryDate = REGISTRY_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVendors() <em>Vendors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendors()
	 * @generated
	 * @ordered
	 */
	protected EList<RestrictedVendor> vendors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CATALOG__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRegistryDate() {
		return registryDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistryDate(LocalDate newRegistryDate) {
		LocalDate oldRegistryDate = registryDate;
		registryDate = newRegistryDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CATALOG__REGISTRY_DATE, oldRegistryDate, registryDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RestrictedVendor> getVendors() {
		if (vendors == null) {
			vendors = new EObjectContainmentEList<RestrictedVendor>(RestrictedVendor.class, this, TopologyPackage.CATALOG__VENDORS);
		}
		return vendors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.CATALOG__VENDORS:
				return ((InternalEList<?>)getVendors()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.CATALOG__VERSION:
				return getVersion();
			case TopologyPackage.CATALOG__REGISTRY_DATE:
				return getRegistryDate();
			case TopologyPackage.CATALOG__VENDORS:
				return getVendors();
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
			case TopologyPackage.CATALOG__VERSION:
				setVersion((String)newValue);
				return;
			case TopologyPackage.CATALOG__REGISTRY_DATE:
				setRegistryDate((LocalDate)newValue);
				return;
			case TopologyPackage.CATALOG__VENDORS:
				getVendors().clear();
				getVendors().addAll((Collection<? extends RestrictedVendor>)newValue);
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
			case TopologyPackage.CATALOG__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case TopologyPackage.CATALOG__REGISTRY_DATE:
				setRegistryDate(REGISTRY_DATE_EDEFAULT);
				return;
			case TopologyPackage.CATALOG__VENDORS:
				getVendors().clear();
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
			case TopologyPackage.CATALOG__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case TopologyPackage.CATALOG__REGISTRY_DATE:
				return REGISTRY_DATE_EDEFAULT == null ? registryDate != null : !REGISTRY_DATE_EDEFAULT.equals(registryDate);
			case TopologyPackage.CATALOG__VENDORS:
				return vendors != null && !vendors.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", registryDate: ");
		result.append(registryDate);
		result.append(')');
		return result.toString();
	}

} //CatalogImpl
