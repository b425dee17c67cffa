/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a topology: everything a review looks at.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Network#getSites <em>Sites</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getZones <em>Zones</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getConduits <em>Conduits</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getSegments <em>Segments</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getLinks <em>Links</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getCatalog <em>Catalog</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Network#getRequiredFlows <em>Required Flows</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='UniqueIds UniqueVlanPerSite'"
 * @generated
 */
public interface Network extends Named {
	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Zone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zones</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Zones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Zone> getZones();

	/**
	 * Returns the value of the '<em><b>Conduits</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Conduit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intended zone policy: the conduits traffic between zones is meant to take. With none, no policy is stated and the zone matrix is not judged against one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conduits</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Conduits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conduit> getConduits();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Catalog</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendors restricted by this organisation in addition to the catalog shipped with NetReview.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalog</em>' containment reference.
	 * @see #setCatalog(Catalog)
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Catalog()
	 * @model containment="true"
	 * @generated
	 */
	Catalog getCatalog();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Network#getCatalog <em>Catalog</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalog</em>' containment reference.
	 * @see #getCatalog()
	 * @generated
	 */
	void setCatalog(Catalog value);

	/**
	 * Returns the value of the '<em><b>Waivers</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Waiver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waivers</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_Waivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Waiver> getWaivers();

	/**
	 * Returns the value of the '<em><b>Required Flows</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.RequiredFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Flows</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getNetwork_RequiredFlows()
	 * @model containment="true"
	 * @generated
	 */
	EList<RequiredFlow> getRequiredFlows();

} // Network
