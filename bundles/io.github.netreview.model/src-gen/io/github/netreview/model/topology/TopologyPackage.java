/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Network topology as a network architect reviews it: sites, zones, segments, devices, interfaces, links, firewall policy, the restricted-vendor catalog, waivers and required flows.
 * <!-- end-model-doc -->
 * @see io.github.netreview.model.topology.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "topology";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://netreview.github.io/2026/topology";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = io.github.netreview.model.topology.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.IdentifiedImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.NamedImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.FlowEndpointImpl <em>Flow Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.FlowEndpointImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFlowEndpoint()
	 * @generated
	 */
	int FLOW_ENDPOINT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Flow Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Flow Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.NetworkImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SITES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ZONES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Conduits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CONDUITS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SEGMENTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DEVICES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__LINKS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Catalog</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CATALOG = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Waivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__WAIVERS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Required Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__REQUIRED_FLOWS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.SiteImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ADDRESS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SENSITIVE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.ZoneImpl <em>Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.ZoneImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getZone()
	 * @generated
	 */
	int ZONE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__KIND = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__CORE = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SECURITY_LEVEL = FLOW_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SITE = FLOW_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.ConduitImpl <em>Conduit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.ConduitImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getConduit()
	 * @generated
	 */
	int CONDUIT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>From Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__FROM_ZONE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__TO_ZONE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__SERVICES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT__SECURITY_LEVEL = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Conduit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Conduit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUIT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.SegmentImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vlan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__VLAN_ID = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PREFIXES = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ZONE = FLOW_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SITE = FLOW_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.DeviceImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ROLE = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MANUFACTURER = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = FLOW_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SERIAL_NUMBER = FLOW_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__FIRMWARE = FLOW_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ROUTING = FLOW_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SITE = FLOW_ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ZONE = FLOW_ENDPOINT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INTERFACES = FLOW_ENDPOINT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__POLICY = FLOW_ENDPOINT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Ingress</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INGRESS = FLOW_ENDPOINT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.InterfaceImpl <em>Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.InterfaceImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getInterface()
	 * @generated
	 */
	int INTERFACE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Device</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DEVICE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MAC = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ADDRESSES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MODE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Access Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ACCESS_VLAN = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Native Vlan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NATIVE_VLAN = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Allowed Vlans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ALLOWED_VLANS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ENABLED = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.LinkImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>End A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__END_A = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__END_B = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__MEDIUM = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ENABLED = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DIRECTION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.FirewallPolicyImpl <em>Firewall Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.FirewallPolicyImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFirewallPolicy()
	 * @generated
	 */
	int FIREWALL_POLICY = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__RULES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY__DEFAULT_ACTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Firewall Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Firewall Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_POLICY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.FirewallRuleImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFirewallRule()
	 * @generated
	 */
	int FIREWALL_RULE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__ACTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__SOURCE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__DESTINATION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__SERVICE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ingress</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE__INGRESS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Firewall Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIREWALL_RULE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.ServiceImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROTOCOL = 1;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PORTS = 2;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.CatalogImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Registry Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__REGISTRY_DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vendors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VENDORS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl <em>Restricted Vendor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.RestrictedVendorImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getRestrictedVendor()
	 * @generated
	 */
	int RESTRICTED_VENDOR = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__ALIASES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Oui Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__OUI_PREFIXES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Listings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__LISTINGS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Affiliate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR__AFFILIATE_OF = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Restricted Vendor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Restricted Vendor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESTRICTED_VENDOR_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.ListingImpl <em>Listing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.ListingImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getListing()
	 * @generated
	 */
	int LISTING = 16;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__BASIS = 0;

	/**
	 * The feature id for the '<em><b>Date Listed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__DATE_LISTED = 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__SCOPE = 2;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__CITATION = 3;

	/**
	 * The number of structural features of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.WaiverImpl <em>Waiver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.WaiverImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getWaiver()
	 * @generated
	 */
	int WAIVER = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__DEVICE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__RULE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__JUSTIFICATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__BASIS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__APPROVER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER__EXPIRY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAIVER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.impl.RequiredFlowImpl <em>Required Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.impl.RequiredFlowImpl
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getRequiredFlow()
	 * @generated
	 */
	int REQUIRED_FLOW = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__SOURCE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__DESTINATION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__SERVICE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW__REASON = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Required Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Required Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIRED_FLOW_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.ZoneKind <em>Zone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.ZoneKind
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getZoneKind()
	 * @generated
	 */
	int ZONE_KIND = 19;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.DeviceRole <em>Device Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.DeviceRole
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDeviceRole()
	 * @generated
	 */
	int DEVICE_ROLE = 20;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.InterfaceMode <em>Interface Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.InterfaceMode
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getInterfaceMode()
	 * @generated
	 */
	int INTERFACE_MODE = 21;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.Medium <em>Medium</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.Medium
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getMedium()
	 * @generated
	 */
	int MEDIUM = 22;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.LinkDirection <em>Link Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.LinkDirection
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLinkDirection()
	 * @generated
	 */
	int LINK_DIRECTION = 23;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.Action <em>Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.Action
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 24;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.Protocol
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 25;

	/**
	 * The meta object id for the '{@link io.github.netreview.model.topology.LegalBasis <em>Legal Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.netreview.model.topology.LegalBasis
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLegalBasis()
	 * @generated
	 */
	int LEGAL_BASIS = 26;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 27;


	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see io.github.netreview.model.topology.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.github.netreview.model.topology.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see io.github.netreview.model.topology.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.github.netreview.model.topology.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.github.netreview.model.topology.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.FlowEndpoint <em>Flow Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Endpoint</em>'.
	 * @see io.github.netreview.model.topology.FlowEndpoint
	 * @generated
	 */
	EClass getFlowEndpoint();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see io.github.netreview.model.topology.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see io.github.netreview.model.topology.Network#getSites()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Zones</em>'.
	 * @see io.github.netreview.model.topology.Network#getZones()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Zones();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getConduits <em>Conduits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conduits</em>'.
	 * @see io.github.netreview.model.topology.Network#getConduits()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Conduits();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see io.github.netreview.model.topology.Network#getSegments()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.github.netreview.model.topology.Network#getDevices()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.github.netreview.model.topology.Network#getLinks()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Links();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.netreview.model.topology.Network#getCatalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Catalog</em>'.
	 * @see io.github.netreview.model.topology.Network#getCatalog()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Catalog();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getWaivers <em>Waivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Waivers</em>'.
	 * @see io.github.netreview.model.topology.Network#getWaivers()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Waivers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Network#getRequiredFlows <em>Required Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Required Flows</em>'.
	 * @see io.github.netreview.model.topology.Network#getRequiredFlows()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_RequiredFlows();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see io.github.netreview.model.topology.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Site#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.github.netreview.model.topology.Site#getAddress()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Site#isSensitive <em>Sensitive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitive</em>'.
	 * @see io.github.netreview.model.topology.Site#isSensitive()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Sensitive();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Zone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Zone</em>'.
	 * @see io.github.netreview.model.topology.Zone
	 * @generated
	 */
	EClass getZone();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Zone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.netreview.model.topology.Zone#getKind()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Zone#isCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core</em>'.
	 * @see io.github.netreview.model.topology.Zone#isCore()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Core();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Zone#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see io.github.netreview.model.topology.Zone#getSecurityLevel()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_SecurityLevel();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Zone#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see io.github.netreview.model.topology.Zone#getSite()
	 * @see #getZone()
	 * @generated
	 */
	EReference getZone_Site();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Conduit <em>Conduit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conduit</em>'.
	 * @see io.github.netreview.model.topology.Conduit
	 * @generated
	 */
	EClass getConduit();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Conduit#getFromZone <em>From Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Zone</em>'.
	 * @see io.github.netreview.model.topology.Conduit#getFromZone()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_FromZone();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Conduit#getToZone <em>To Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Zone</em>'.
	 * @see io.github.netreview.model.topology.Conduit#getToZone()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_ToZone();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Conduit#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see io.github.netreview.model.topology.Conduit#getServices()
	 * @see #getConduit()
	 * @generated
	 */
	EReference getConduit_Services();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Conduit#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see io.github.netreview.model.topology.Conduit#getSecurityLevel()
	 * @see #getConduit()
	 * @generated
	 */
	EAttribute getConduit_SecurityLevel();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see io.github.netreview.model.topology.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Segment#getVlanId <em>Vlan Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vlan Id</em>'.
	 * @see io.github.netreview.model.topology.Segment#getVlanId()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_VlanId();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.netreview.model.topology.Segment#getPrefixes <em>Prefixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Prefixes</em>'.
	 * @see io.github.netreview.model.topology.Segment#getPrefixes()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Prefixes();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Segment#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see io.github.netreview.model.topology.Segment#getZone()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Zone();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Segment#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see io.github.netreview.model.topology.Segment#getSite()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Site();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.github.netreview.model.topology.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.github.netreview.model.topology.Device#getRole()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see io.github.netreview.model.topology.Device#getManufacturer()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.github.netreview.model.topology.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.github.netreview.model.topology.Device#getSerialNumber()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see io.github.netreview.model.topology.Device#getFirmware()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Device#isRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see io.github.netreview.model.topology.Device#isRouting()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Routing();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Device#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see io.github.netreview.model.topology.Device#getSite()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Site();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Device#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see io.github.netreview.model.topology.Device#getZone()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Zone();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Device#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see io.github.netreview.model.topology.Device#getInterfaces()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Interfaces();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.netreview.model.topology.Device#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy</em>'.
	 * @see io.github.netreview.model.topology.Device#getPolicy()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Policy();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Device#getIngress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Ingress</em>'.
	 * @see io.github.netreview.model.topology.Device#getIngress()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Ingress();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface</em>'.
	 * @see io.github.netreview.model.topology.Interface
	 * @generated
	 */
	EClass getInterface();

	/**
	 * Returns the meta object for the container reference '{@link io.github.netreview.model.topology.Interface#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Device</em>'.
	 * @see io.github.netreview.model.topology.Interface#getDevice()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see io.github.netreview.model.topology.Interface#getMac()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Mac();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.netreview.model.topology.Interface#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addresses</em>'.
	 * @see io.github.netreview.model.topology.Interface#getAddresses()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Addresses();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.github.netreview.model.topology.Interface#getMode()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#getAccessVlan <em>Access Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Vlan</em>'.
	 * @see io.github.netreview.model.topology.Interface#getAccessVlan()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_AccessVlan();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#getNativeVlan <em>Native Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Native Vlan</em>'.
	 * @see io.github.netreview.model.topology.Interface#getNativeVlan()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_NativeVlan();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#getAllowedVlans <em>Allowed Vlans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allowed Vlans</em>'.
	 * @see io.github.netreview.model.topology.Interface#getAllowedVlans()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_AllowedVlans();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Interface#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.github.netreview.model.topology.Interface#isEnabled()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Enabled();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see io.github.netreview.model.topology.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Link#getEndA <em>End A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End A</em>'.
	 * @see io.github.netreview.model.topology.Link#getEndA()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_EndA();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Link#getEndB <em>End B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End B</em>'.
	 * @see io.github.netreview.model.topology.Link#getEndB()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_EndB();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Link#getMedium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medium</em>'.
	 * @see io.github.netreview.model.topology.Link#getMedium()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Medium();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Link#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.github.netreview.model.topology.Link#isEnabled()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Link#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.github.netreview.model.topology.Link#getDirection()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Direction();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.FirewallPolicy <em>Firewall Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Policy</em>'.
	 * @see io.github.netreview.model.topology.FirewallPolicy
	 * @generated
	 */
	EClass getFirewallPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.FirewallPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.github.netreview.model.topology.FirewallPolicy#getRules()
	 * @see #getFirewallPolicy()
	 * @generated
	 */
	EReference getFirewallPolicy_Rules();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.FirewallPolicy#getDefaultAction <em>Default Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Action</em>'.
	 * @see io.github.netreview.model.topology.FirewallPolicy#getDefaultAction()
	 * @see #getFirewallPolicy()
	 * @generated
	 */
	EAttribute getFirewallPolicy_DefaultAction();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.FirewallRule <em>Firewall Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firewall Rule</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule
	 * @generated
	 */
	EClass getFirewallRule();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.FirewallRule#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule#getAction()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EAttribute getFirewallRule_Action();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.FirewallRule#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule#getSource()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Source();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.FirewallRule#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule#getDestination()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Destination();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.netreview.model.topology.FirewallRule#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule#getService()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Service();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.FirewallRule#getIngress <em>Ingress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Ingress</em>'.
	 * @see io.github.netreview.model.topology.FirewallRule#getIngress()
	 * @see #getFirewallRule()
	 * @generated
	 */
	EReference getFirewallRule_Ingress();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see io.github.netreview.model.topology.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Service#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.github.netreview.model.topology.Service#getName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Service#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see io.github.netreview.model.topology.Service#getProtocol()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Service#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ports</em>'.
	 * @see io.github.netreview.model.topology.Service#getPorts()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Ports();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see io.github.netreview.model.topology.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.github.netreview.model.topology.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Catalog#getRegistryDate <em>Registry Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registry Date</em>'.
	 * @see io.github.netreview.model.topology.Catalog#getRegistryDate()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_RegistryDate();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.Catalog#getVendors <em>Vendors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vendors</em>'.
	 * @see io.github.netreview.model.topology.Catalog#getVendors()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Vendors();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.RestrictedVendor <em>Restricted Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Restricted Vendor</em>'.
	 * @see io.github.netreview.model.topology.RestrictedVendor
	 * @generated
	 */
	EClass getRestrictedVendor();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.netreview.model.topology.RestrictedVendor#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see io.github.netreview.model.topology.RestrictedVendor#getAliases()
	 * @see #getRestrictedVendor()
	 * @generated
	 */
	EAttribute getRestrictedVendor_Aliases();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.netreview.model.topology.RestrictedVendor#getOuiPrefixes <em>Oui Prefixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Oui Prefixes</em>'.
	 * @see io.github.netreview.model.topology.RestrictedVendor#getOuiPrefixes()
	 * @see #getRestrictedVendor()
	 * @generated
	 */
	EAttribute getRestrictedVendor_OuiPrefixes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.netreview.model.topology.RestrictedVendor#getListings <em>Listings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listings</em>'.
	 * @see io.github.netreview.model.topology.RestrictedVendor#getListings()
	 * @see #getRestrictedVendor()
	 * @generated
	 */
	EReference getRestrictedVendor_Listings();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.RestrictedVendor#getAffiliateOf <em>Affiliate Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Affiliate Of</em>'.
	 * @see io.github.netreview.model.topology.RestrictedVendor#getAffiliateOf()
	 * @see #getRestrictedVendor()
	 * @generated
	 */
	EReference getRestrictedVendor_AffiliateOf();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Listing <em>Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listing</em>'.
	 * @see io.github.netreview.model.topology.Listing
	 * @generated
	 */
	EClass getListing();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Listing#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see io.github.netreview.model.topology.Listing#getBasis()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Basis();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Listing#getDateListed <em>Date Listed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Listed</em>'.
	 * @see io.github.netreview.model.topology.Listing#getDateListed()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_DateListed();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Listing#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.github.netreview.model.topology.Listing#getScope()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Scope();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Listing#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see io.github.netreview.model.topology.Listing#getCitation()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Citation();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.Waiver <em>Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Waiver</em>'.
	 * @see io.github.netreview.model.topology.Waiver
	 * @generated
	 */
	EClass getWaiver();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.Waiver#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getDevice()
	 * @see #getWaiver()
	 * @generated
	 */
	EReference getWaiver_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Waiver#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getRule()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Rule();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Waiver#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getJustification()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Justification();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Waiver#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getBasis()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Basis();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Waiver#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approver</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getApprover()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Approver();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.Waiver#getExpiry <em>Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry</em>'.
	 * @see io.github.netreview.model.topology.Waiver#getExpiry()
	 * @see #getWaiver()
	 * @generated
	 */
	EAttribute getWaiver_Expiry();

	/**
	 * Returns the meta object for class '{@link io.github.netreview.model.topology.RequiredFlow <em>Required Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Required Flow</em>'.
	 * @see io.github.netreview.model.topology.RequiredFlow
	 * @generated
	 */
	EClass getRequiredFlow();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.RequiredFlow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.github.netreview.model.topology.RequiredFlow#getSource()
	 * @see #getRequiredFlow()
	 * @generated
	 */
	EReference getRequiredFlow_Source();

	/**
	 * Returns the meta object for the reference '{@link io.github.netreview.model.topology.RequiredFlow#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see io.github.netreview.model.topology.RequiredFlow#getDestination()
	 * @see #getRequiredFlow()
	 * @generated
	 */
	EReference getRequiredFlow_Destination();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.netreview.model.topology.RequiredFlow#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service</em>'.
	 * @see io.github.netreview.model.topology.RequiredFlow#getService()
	 * @see #getRequiredFlow()
	 * @generated
	 */
	EReference getRequiredFlow_Service();

	/**
	 * Returns the meta object for the attribute '{@link io.github.netreview.model.topology.RequiredFlow#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.github.netreview.model.topology.RequiredFlow#getReason()
	 * @see #getRequiredFlow()
	 * @generated
	 */
	EAttribute getRequiredFlow_Reason();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.ZoneKind <em>Zone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zone Kind</em>'.
	 * @see io.github.netreview.model.topology.ZoneKind
	 * @generated
	 */
	EEnum getZoneKind();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.DeviceRole <em>Device Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Role</em>'.
	 * @see io.github.netreview.model.topology.DeviceRole
	 * @generated
	 */
	EEnum getDeviceRole();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.InterfaceMode <em>Interface Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Mode</em>'.
	 * @see io.github.netreview.model.topology.InterfaceMode
	 * @generated
	 */
	EEnum getInterfaceMode();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.Medium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Medium</em>'.
	 * @see io.github.netreview.model.topology.Medium
	 * @generated
	 */
	EEnum getMedium();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.LinkDirection <em>Link Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Direction</em>'.
	 * @see io.github.netreview.model.topology.LinkDirection
	 * @generated
	 */
	EEnum getLinkDirection();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action</em>'.
	 * @see io.github.netreview.model.topology.Action
	 * @generated
	 */
	EEnum getAction();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see io.github.netreview.model.topology.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link io.github.netreview.model.topology.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Basis</em>'.
	 * @see io.github.netreview.model.topology.LegalBasis
	 * @generated
	 */
	EEnum getLegalBasis();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written in files as ISO 8601 (2022-11-24).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.IdentifiedImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.NamedImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.FlowEndpointImpl <em>Flow Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.FlowEndpointImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFlowEndpoint()
		 * @generated
		 */
		EClass FLOW_ENDPOINT = eINSTANCE.getFlowEndpoint();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.NetworkImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__SITES = eINSTANCE.getNetwork_Sites();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__ZONES = eINSTANCE.getNetwork_Zones();

		/**
		 * The meta object literal for the '<em><b>Conduits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__CONDUITS = eINSTANCE.getNetwork_Conduits();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__SEGMENTS = eINSTANCE.getNetwork_Segments();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__DEVICES = eINSTANCE.getNetwork_Devices();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__LINKS = eINSTANCE.getNetwork_Links();

		/**
		 * The meta object literal for the '<em><b>Catalog</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__CATALOG = eINSTANCE.getNetwork_Catalog();

		/**
		 * The meta object literal for the '<em><b>Waivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__WAIVERS = eINSTANCE.getNetwork_Waivers();

		/**
		 * The meta object literal for the '<em><b>Required Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__REQUIRED_FLOWS = eINSTANCE.getNetwork_RequiredFlows();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.SiteImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ADDRESS = eINSTANCE.getSite_Address();

		/**
		 * The meta object literal for the '<em><b>Sensitive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__SENSITIVE = eINSTANCE.getSite_Sensitive();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.ZoneImpl <em>Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.ZoneImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getZone()
		 * @generated
		 */
		EClass ZONE = eINSTANCE.getZone();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__KIND = eINSTANCE.getZone_Kind();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__CORE = eINSTANCE.getZone_Core();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SECURITY_LEVEL = eINSTANCE.getZone_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ZONE__SITE = eINSTANCE.getZone_Site();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.ConduitImpl <em>Conduit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.ConduitImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getConduit()
		 * @generated
		 */
		EClass CONDUIT = eINSTANCE.getConduit();

		/**
		 * The meta object literal for the '<em><b>From Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__FROM_ZONE = eINSTANCE.getConduit_FromZone();

		/**
		 * The meta object literal for the '<em><b>To Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__TO_ZONE = eINSTANCE.getConduit_ToZone();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDUIT__SERVICES = eINSTANCE.getConduit_Services();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUIT__SECURITY_LEVEL = eINSTANCE.getConduit_SecurityLevel();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.SegmentImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Vlan Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__VLAN_ID = eINSTANCE.getSegment_VlanId();

		/**
		 * The meta object literal for the '<em><b>Prefixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__PREFIXES = eINSTANCE.getSegment_Prefixes();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__ZONE = eINSTANCE.getSegment_Zone();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__SITE = eINSTANCE.getSegment_Site();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.DeviceImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__ROLE = eINSTANCE.getDevice_Role();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MANUFACTURER = eINSTANCE.getDevice_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SERIAL_NUMBER = eINSTANCE.getDevice_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__FIRMWARE = eINSTANCE.getDevice_Firmware();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__ROUTING = eINSTANCE.getDevice_Routing();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__SITE = eINSTANCE.getDevice_Site();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__ZONE = eINSTANCE.getDevice_Zone();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__INTERFACES = eINSTANCE.getDevice_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__POLICY = eINSTANCE.getDevice_Policy();

		/**
		 * The meta object literal for the '<em><b>Ingress</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__INGRESS = eINSTANCE.getDevice_Ingress();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.InterfaceImpl <em>Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.InterfaceImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getInterface()
		 * @generated
		 */
		EClass INTERFACE = eINSTANCE.getInterface();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__DEVICE = eINSTANCE.getInterface_Device();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__MAC = eINSTANCE.getInterface_Mac();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ADDRESSES = eINSTANCE.getInterface_Addresses();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__MODE = eINSTANCE.getInterface_Mode();

		/**
		 * The meta object literal for the '<em><b>Access Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ACCESS_VLAN = eINSTANCE.getInterface_AccessVlan();

		/**
		 * The meta object literal for the '<em><b>Native Vlan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__NATIVE_VLAN = eINSTANCE.getInterface_NativeVlan();

		/**
		 * The meta object literal for the '<em><b>Allowed Vlans</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ALLOWED_VLANS = eINSTANCE.getInterface_AllowedVlans();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ENABLED = eINSTANCE.getInterface_Enabled();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.LinkImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>End A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__END_A = eINSTANCE.getLink_EndA();

		/**
		 * The meta object literal for the '<em><b>End B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__END_B = eINSTANCE.getLink_EndB();

		/**
		 * The meta object literal for the '<em><b>Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__MEDIUM = eINSTANCE.getLink_Medium();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__ENABLED = eINSTANCE.getLink_Enabled();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__DIRECTION = eINSTANCE.getLink_Direction();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.FirewallPolicyImpl <em>Firewall Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.FirewallPolicyImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFirewallPolicy()
		 * @generated
		 */
		EClass FIREWALL_POLICY = eINSTANCE.getFirewallPolicy();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_POLICY__RULES = eINSTANCE.getFirewallPolicy_Rules();

		/**
		 * The meta object literal for the '<em><b>Default Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_POLICY__DEFAULT_ACTION = eINSTANCE.getFirewallPolicy_DefaultAction();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.FirewallRuleImpl <em>Firewall Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.FirewallRuleImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getFirewallRule()
		 * @generated
		 */
		EClass FIREWALL_RULE = eINSTANCE.getFirewallRule();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIREWALL_RULE__ACTION = eINSTANCE.getFirewallRule_Action();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__SOURCE = eINSTANCE.getFirewallRule_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__DESTINATION = eINSTANCE.getFirewallRule_Destination();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__SERVICE = eINSTANCE.getFirewallRule_Service();

		/**
		 * The meta object literal for the '<em><b>Ingress</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIREWALL_RULE__INGRESS = eINSTANCE.getFirewallRule_Ingress();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.ServiceImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__NAME = eINSTANCE.getService_Name();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PROTOCOL = eINSTANCE.getService_Protocol();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PORTS = eINSTANCE.getService_Ports();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.CatalogImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Registry Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__REGISTRY_DATE = eINSTANCE.getCatalog_RegistryDate();

		/**
		 * The meta object literal for the '<em><b>Vendors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__VENDORS = eINSTANCE.getCatalog_Vendors();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.RestrictedVendorImpl <em>Restricted Vendor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.RestrictedVendorImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getRestrictedVendor()
		 * @generated
		 */
		EClass RESTRICTED_VENDOR = eINSTANCE.getRestrictedVendor();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTRICTED_VENDOR__ALIASES = eINSTANCE.getRestrictedVendor_Aliases();

		/**
		 * The meta object literal for the '<em><b>Oui Prefixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESTRICTED_VENDOR__OUI_PREFIXES = eINSTANCE.getRestrictedVendor_OuiPrefixes();

		/**
		 * The meta object literal for the '<em><b>Listings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESTRICTED_VENDOR__LISTINGS = eINSTANCE.getRestrictedVendor_Listings();

		/**
		 * The meta object literal for the '<em><b>Affiliate Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESTRICTED_VENDOR__AFFILIATE_OF = eINSTANCE.getRestrictedVendor_AffiliateOf();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.ListingImpl <em>Listing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.ListingImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getListing()
		 * @generated
		 */
		EClass LISTING = eINSTANCE.getListing();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__BASIS = eINSTANCE.getListing_Basis();

		/**
		 * The meta object literal for the '<em><b>Date Listed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__DATE_LISTED = eINSTANCE.getListing_DateListed();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__SCOPE = eINSTANCE.getListing_Scope();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__CITATION = eINSTANCE.getListing_Citation();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.WaiverImpl <em>Waiver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.WaiverImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getWaiver()
		 * @generated
		 */
		EClass WAIVER = eINSTANCE.getWaiver();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAIVER__DEVICE = eINSTANCE.getWaiver_Device();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__RULE = eINSTANCE.getWaiver_Rule();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__JUSTIFICATION = eINSTANCE.getWaiver_Justification();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__BASIS = eINSTANCE.getWaiver_Basis();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__APPROVER = eINSTANCE.getWaiver_Approver();

		/**
		 * The meta object literal for the '<em><b>Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAIVER__EXPIRY = eINSTANCE.getWaiver_Expiry();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.impl.RequiredFlowImpl <em>Required Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.impl.RequiredFlowImpl
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getRequiredFlow()
		 * @generated
		 */
		EClass REQUIRED_FLOW = eINSTANCE.getRequiredFlow();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIRED_FLOW__SOURCE = eINSTANCE.getRequiredFlow_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIRED_FLOW__DESTINATION = eINSTANCE.getRequiredFlow_Destination();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIRED_FLOW__SERVICE = eINSTANCE.getRequiredFlow_Service();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIRED_FLOW__REASON = eINSTANCE.getRequiredFlow_Reason();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.ZoneKind <em>Zone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.ZoneKind
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getZoneKind()
		 * @generated
		 */
		EEnum ZONE_KIND = eINSTANCE.getZoneKind();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.DeviceRole <em>Device Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.DeviceRole
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDeviceRole()
		 * @generated
		 */
		EEnum DEVICE_ROLE = eINSTANCE.getDeviceRole();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.InterfaceMode <em>Interface Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.InterfaceMode
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getInterfaceMode()
		 * @generated
		 */
		EEnum INTERFACE_MODE = eINSTANCE.getInterfaceMode();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.Medium <em>Medium</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.Medium
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getMedium()
		 * @generated
		 */
		EEnum MEDIUM = eINSTANCE.getMedium();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.LinkDirection <em>Link Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.LinkDirection
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLinkDirection()
		 * @generated
		 */
		EEnum LINK_DIRECTION = eINSTANCE.getLinkDirection();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.Action <em>Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.Action
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getAction()
		 * @generated
		 */
		EEnum ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.Protocol
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link io.github.netreview.model.topology.LegalBasis <em>Legal Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.netreview.model.topology.LegalBasis
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getLegalBasis()
		 * @generated
		 */
		EEnum LEGAL_BASIS = eINSTANCE.getLegalBasis();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see io.github.netreview.model.topology.impl.TopologyPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //TopologyPackage
