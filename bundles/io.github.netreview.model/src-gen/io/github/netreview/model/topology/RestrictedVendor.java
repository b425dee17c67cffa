/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Restricted Vendor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A vendor whose equipment is restricted. Its name is the canonical company name; manufacturers match it only by that name or an exact alias, never by a fragment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.RestrictedVendor#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RestrictedVendor#getOuiPrefixes <em>Oui Prefixes</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RestrictedVendor#getListings <em>Listings</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.RestrictedVendor#getAffiliateOf <em>Affiliate Of</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getRestrictedVendor()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='ValidOuiPrefixes'"
 * @generated
 */
public interface RestrictedVendor extends Named {
	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getRestrictedVendor_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Oui Prefixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IEEE MAC address blocks assigned to the vendor: MA-L (4C:BD:8F), MA-M (4C:BD:8F:1) or MA-S (4C:BD:8F:12:3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Oui Prefixes</em>' attribute list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getRestrictedVendor_OuiPrefixes()
	 * @model
	 * @generated
	 */
	EList<String> getOuiPrefixes();

	/**
	 * Returns the value of the '<em><b>Listings</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Listing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listings</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getRestrictedVendor_Listings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Listing> getListings();

	/**
	 * Returns the value of the '<em><b>Affiliate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listed company this vendor is a subsidiary or affiliate of (the FCC Covered List and NDAA s.889 cover those too), or unset for a listed company itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Affiliate Of</em>' reference.
	 * @see #setAffiliateOf(RestrictedVendor)
	 * @see io.github.netreview.model.topology.TopologyPackage#getRestrictedVendor_AffiliateOf()
	 * @model
	 * @generated
	 */
	RestrictedVendor getAffiliateOf();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.RestrictedVendor#getAffiliateOf <em>Affiliate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliate Of</em>' reference.
	 * @see #getAffiliateOf()
	 * @generated
	 */
	void setAffiliateOf(RestrictedVendor value);

} // RestrictedVendor
