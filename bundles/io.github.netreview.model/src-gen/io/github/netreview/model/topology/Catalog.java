/**
 */
package io.github.netreview.model.topology;

import java.time.LocalDate;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A versioned list of restricted vendors with the public sources that restrict them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Catalog#getVersion <em>Version</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Catalog#getRegistryDate <em>Registry Date</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Catalog#getVendors <em>Vendors</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends Named {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.github.netreview.model.topology.TopologyPackage#getCatalog_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Catalog#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Registry Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the IEEE registry snapshot the MAC address blocks were taken from, or unset when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registry Date</em>' attribute.
	 * @see #setRegistryDate(LocalDate)
	 * @see io.github.netreview.model.topology.TopologyPackage#getCatalog_RegistryDate()
	 * @model dataType="io.github.netreview.model.topology.Date"
	 * @generated
	 */
	LocalDate getRegistryDate();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Catalog#getRegistryDate <em>Registry Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registry Date</em>' attribute.
	 * @see #getRegistryDate()
	 * @generated
	 */
	void setRegistryDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Vendors</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.RestrictedVendor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendors</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getCatalog_Vendors()
	 * @model containment="true"
	 * @generated
	 */
	EList<RestrictedVendor> getVendors();

} // Catalog
