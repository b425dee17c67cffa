/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer-2 segment (VLAN) with its IP prefixes, in one zone. Interfaces join it through its VLAN id, within its site (or anywhere when it has no site).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Segment#getVlanId <em>Vlan Id</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Segment#getPrefixes <em>Prefixes</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Segment#getZone <em>Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Segment#getSite <em>Site</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getSegment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='ValidVlanId ValidPrefixes'"
 * @generated
 */
public interface Segment extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Vlan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vlan Id</em>' attribute.
	 * @see #setVlanId(Integer)
	 * @see io.github.netreview.model.topology.TopologyPackage#getSegment_VlanId()
	 * @model
	 * @generated
	 */
	Integer getVlanId();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Segment#getVlanId <em>Vlan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan Id</em>' attribute.
	 * @see #getVlanId()
	 * @generated
	 */
	void setVlanId(Integer value);

	/**
	 * Returns the value of the '<em><b>Prefixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPv4 or IPv6 prefixes in CIDR notation, such as 10.20.30.0/24 or 2001:db8:20::/64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prefixes</em>' attribute list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getSegment_Prefixes()
	 * @model
	 * @generated
	 */
	EList<String> getPrefixes();

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone</em>' reference.
	 * @see #setZone(Zone)
	 * @see io.github.netreview.model.topology.TopologyPackage#getSegment_Zone()
	 * @model
	 * @generated
	 */
	Zone getZone();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Segment#getZone <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' reference.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see io.github.netreview.model.topology.TopologyPackage#getSegment_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Segment#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

} // Segment
