/**
 */
package io.github.netreview.model.topology;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One public act that restricts a vendor: its basis, the date the vendor was listed, the scope, and a citation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Listing#getBasis <em>Basis</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Listing#getDateListed <em>Date Listed</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Listing#getScope <em>Scope</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Listing#getCitation <em>Citation</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getListing()
 * @model
 * @generated
 */
public interface Listing extends EObject {
	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * The default value is <code>"FCC_COVERED_LIST"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see io.github.netreview.model.topology.LegalBasis
	 * @see #setBasis(LegalBasis)
	 * @see io.github.netreview.model.topology.TopologyPackage#getListing_Basis()
	 * @model default="FCC_COVERED_LIST"
	 * @generated
	 */
	LegalBasis getBasis();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Listing#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see io.github.netreview.model.topology.LegalBasis
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(LegalBasis value);

	/**
	 * Returns the value of the '<em><b>Date Listed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Listed</em>' attribute.
	 * @see #setDateListed(LocalDate)
	 * @see io.github.netreview.model.topology.TopologyPackage#getListing_DateListed()
	 * @model dataType="io.github.netreview.model.topology.Date"
	 * @generated
	 */
	LocalDate getDateListed();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Listing#getDateListed <em>Date Listed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Listed</em>' attribute.
	 * @see #getDateListed()
	 * @generated
	 */
	void setDateListed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getListing_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Listing#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation</em>' attribute.
	 * @see #setCitation(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getListing_Citation()
	 * @model
	 * @generated
	 */
	String getCitation();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Listing#getCitation <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' attribute.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(String value);

} // Listing
