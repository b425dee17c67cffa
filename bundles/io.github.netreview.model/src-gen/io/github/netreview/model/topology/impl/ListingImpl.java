/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.LegalBasis;
import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.TopologyPackage;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.ListingImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ListingImpl#getDateListed <em>Date Listed</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ListingImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.ListingImpl#getCitation <em>Citation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListingImpl extends MinimalEObjectImpl.Container implements Listing {
	/**
	 * The default value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected static final LegalBasis BASIS_EDEFAULT = LegalBasis.FCC_COVERED_LIST;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected LegalBasis basis = BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateListed() <em>Date Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateListed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_LISTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateListed() <em>Date Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateListed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateListed = DATE_LISTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitation() <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitation()
	 * @generated
	 * @ordered
	 */
	protected static final String CITATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCitation() <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitation()
	 * @generated
	 * @ordered
	 */
	protected String citation = CITATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.LISTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasis getBasis() {
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasis(LegalBasis newBasis) {
		LegalBasis oldBasis = basis;
		basis = newBasis == null ? BASIS_EDEFAULT : newBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LISTING__BASIS, oldBasis, basis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateListed() {
		return dateListed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateListed(LocalDate newDateListed) {
		LocalDate oldDateListed = dateListed;
		dateListed = newDateListed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LISTING__DATE_LISTED, oldDateListed, dateListed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LISTING__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCitation() {
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitation(String newCitation) {
		String oldCitation = citation;
		citation = newCitation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LISTING__CITATION, oldCitation, citation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.LISTING__BASIS:
				return getBasis();
			case TopologyPackage.LISTING__DATE_LISTED:
				return getDateListed();
			case TopologyPackage.LISTING__SCOPE:
				return getScope();
			case TopologyPackage.LISTING__CITATION:
				return getCitation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.LISTING__BASIS:
				setBasis((LegalBasis)newValue);
				return;
			case TopologyPackage.LISTING__DATE_LISTED:
				setDateListed((LocalDate)newValue);
				return;
			case TopologyPackage.LISTING__SCOPE:
				setScope((String)newValue);
				return;
			case TopologyPackage.LISTING__CITATION:
				setCitation((String)newValue);
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
			case TopologyPackage.LISTING__BASIS:
				setBasis(BASIS_EDEFAULT);
				return;
			case TopologyPackage.LISTING__DATE_LISTED:
				setDateListed(DATE_LISTED_EDEFAULT);
				return;
			case TopologyPackage.LISTING__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case TopologyPackage.LISTING__CITATION:
				setCitation(CITATION_EDEFAULT);
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
			case TopologyPackage.LISTING__BASIS:
				return basis != BASIS_EDEFAULT;
			case TopologyPackage.LISTING__DATE_LISTED:
				return DATE_LISTED_EDEFAULT == null ? dateListed != null : !DATE_LISTED_EDEFAULT.equals(dateListed);
			case TopologyPackage.LISTING__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case TopologyPackage.LISTING__CITATION:
				return CITATION_EDEFAULT == null ? citation != null : !CITATION_EDEFAULT.equals(citation);
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
		result.append(" (basis: ");
		result.append(basis);
		result.append(", dateListed: ");
		result.append(dateListed);
		result.append(", scope: ");
		result.append(scope);
		result.append(", citation: ");
		result.append(citation);
		result.append(')');
		return result.toString();
	}

} //ListingImpl
