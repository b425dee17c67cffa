/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Restricted Vendor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl#getOuiPrefixes <em>Oui Prefixes</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl#getListings <em>Listings</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl#getAffiliateOf <em>Affiliate Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RestrictedVendorImpl extends NamedImpl implements RestrictedVendor {
	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The cached value of the '{@link #getOuiPrefixes() <em>Oui Prefixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOuiPrefixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ouiPrefixes;

	/**
	 * The cached value of the '{@link #getListings() <em>Listings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListings()
	 * @generated
	 * @ordered
	 */
	protected EList<Listing> listings;

	/**
	 * The cached value of the '{@link #getAffiliateOf() <em>Affiliate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliateOf()
	 * @generated
	 * @ordered
	 */
	protected RestrictedVendor affiliateOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RestrictedVendorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.RESTRICTED_VENDOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.RESTRICTED_VENDOR__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOuiPrefixes() {
		if (ouiPrefixes == null) {
			ouiPrefixes = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.RESTRICTED_VENDOR__OUI_PREFIXES);
		}
		return ouiPrefixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Listing> getListings() {
		if (listings == null) {
			listings = new EObjectContainmentEList<Listing>(Listing.class, this, TopologyPackage.RESTRICTED_VENDOR__LISTINGS);
		}
		return listings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestrictedVendor getAffiliateOf() {
		if (affiliateOf != null && affiliateOf.eIsProxy()) {
			InternalEObject oldAffiliateOf = (InternalEObject)affiliateOf;
			affiliateOf = (RestrictedVendor)eResolveProxy(oldAffiliateOf);
			if (affiliateOf != oldAffiliateOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF, oldAffiliateOf, affiliateOf));
			}
		}
		return affiliateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RestrictedVendor basicGetAffiliateOf() {
		return affiliateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffiliateOf(RestrictedVendor newAffiliateOf) {
		RestrictedVendor oldAffiliateOf = affiliateOf;
		affiliateOf = newAffiliateOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF, oldAffiliateOf, affiliateOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.RESTRICTED_VENDOR__LISTINGS:
				return ((InternalEList<?>)getListings()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.RESTRICTED_VENDOR__ALIASES:
				return getAliases();
			case TopologyPackage.RESTRICTED_VENDOR__OUI_PREFIXES:
				return getOuiPrefixes();
			case TopologyPackage.RESTRICTED_VENDOR__LISTINGS:
				return getListings();
			case TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF:
				if (resolve) return getAffiliateOf();
				return basicGetAffiliateOf();
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
			case TopologyPackage.RESTRICTED_VENDOR__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.RESTRICTED_VENDOR__OUI_PREFIXES:
				getOuiPrefixes().clear();
				getOuiPrefixes().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.RESTRICTED_VENDOR__LISTINGS:
				getListings().clear();
				getListings().addAll((Collection<? extends Listing>)newValue);
				return;
			case TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF:
				setAffiliateOf((RestrictedVendor)newValue);
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
			case TopologyPackage.RESTRICTED_VENDOR__ALIASES:
				getAliases().clear();
				return;
			case TopologyPackage.RESTRICTED_VENDOR__OUI_PREFIXES:
				getOuiPrefixes().clear();
				return;
			case TopologyPackage.RESTRICTED_VENDOR__LISTINGS:
				getListings().clear();
				return;
			case TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF:
				setAffiliateOf((RestrictedVendor)null);
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
			case TopologyPackage.RESTRICTED_VENDOR__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case TopologyPackage.RESTRICTED_VENDOR__OUI_PREFIXES:
				return ouiPrefixes != null && !ouiPrefixes.isEmpty();
			case TopologyPackage.RESTRICTED_VENDOR__LISTINGS:
				return listings != null && !listings.isEmpty();
			case TopologyPackage.RESTRICTED_VENDOR__AFFILIATE_OF:
				return affiliateOf != null;
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
		result.append(" (aliases: ");
		result.append(aliases);
		result.append(", ouiPrefixes: ");
		result.append(ouiPrefixes);
		result.append(')');
		return result.toString();
	}

} //RestrictedVendorImpl
