/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.notation.NotationPackage;

import io.github.netreview.model.notation.impl.NotationPackageImpl;

import io.github.netreview.model.topology.Action;
import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.FirewallPolicy;
import io.github.netreview.model.topology.FirewallRule;
import io.github.netreview.model.topology.FlowEndpoint;
import io.github.netreview.model.topology.Identified;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.LegalBasis;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Listing;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.Named;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Protocol;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.RestrictedVendor;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Service;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyFactory;
import io.github.netreview.model.topology.TopologyPackage;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;
import io.github.netreview.model.topology.ZoneKind;

import io.github.netreview.model.topology.util.TopologyValidator;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass zoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conduitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firewallRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass restrictedVendorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass waiverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requiredFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediumEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.github.netreview.model.topology.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(NotationPackage.eNS_URI);
		NotationPackageImpl theNotationPackage = (NotationPackageImpl)(registeredPackage instanceof NotationPackageImpl ? registeredPackage : NotationPackage.eINSTANCE);

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();
		theNotationPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();
		theNotationPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theTopologyPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return TopologyValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowEndpoint() {
		return flowEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Sites() {
		return (EReference)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Zones() {
		return (EReference)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Conduits() {
		return (EReference)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Segments() {
		return (EReference)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Devices() {
		return (EReference)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Links() {
		return (EReference)networkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Catalog() {
		return (EReference)networkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Waivers() {
		return (EReference)networkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_RequiredFlows() {
		return (EReference)networkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Address() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Sensitive() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getZone() {
		return zoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Kind() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Core() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_SecurityLevel() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getZone_Site() {
		return (EReference)zoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConduit() {
		return conduitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_FromZone() {
		return (EReference)conduitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_ToZone() {
		return (EReference)conduitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConduit_Services() {
		return (EReference)conduitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConduit_SecurityLevel() {
		return (EAttribute)conduitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_VlanId() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Prefixes() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Zone() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Site() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Role() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Manufacturer() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Model() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SerialNumber() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Firmware() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Routing() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Site() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Zone() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Interfaces() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Policy() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Ingress() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterface() {
		return interfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Device() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Mac() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Addresses() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Mode() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_AccessVlan() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_NativeVlan() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_AllowedVlans() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Enabled() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_EndA() {
		return (EReference)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_EndB() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Medium() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Enabled() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Direction() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallPolicy() {
		return firewallPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallPolicy_Rules() {
		return (EReference)firewallPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallPolicy_DefaultAction() {
		return (EAttribute)firewallPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirewallRule() {
		return firewallRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirewallRule_Action() {
		return (EAttribute)firewallRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Source() {
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Destination() {
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Service() {
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirewallRule_Ingress() {
		return (EReference)firewallRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Name() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Protocol() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Ports() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Version() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_RegistryDate() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Vendors() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRestrictedVendor() {
		return restrictedVendorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRestrictedVendor_Aliases() {
		return (EAttribute)restrictedVendorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRestrictedVendor_OuiPrefixes() {
		return (EAttribute)restrictedVendorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRestrictedVendor_Listings() {
		return (EReference)restrictedVendorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRestrictedVendor_AffiliateOf() {
		return (EReference)restrictedVendorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListing() {
		return listingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListing_Basis() {
		return (EAttribute)listingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListing_DateListed() {
		return (EAttribute)listingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListing_Scope() {
		return (EAttribute)listingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListing_Citation() {
		return (EAttribute)listingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWaiver() {
		return waiverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWaiver_Device() {
		return (EReference)waiverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Rule() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Justification() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Basis() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Approver() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWaiver_Expiry() {
		return (EAttribute)waiverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequiredFlow() {
		return requiredFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequiredFlow_Source() {
		return (EReference)requiredFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequiredFlow_Destination() {
		return (EReference)requiredFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRequiredFlow_Service() {
		return (EReference)requiredFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequiredFlow_Reason() {
		return (EAttribute)requiredFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZoneKind() {
		return zoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceRole() {
		return deviceRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceMode() {
		return interfaceModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMedium() {
		return mediumEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkDirection() {
		return linkDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAction() {
		return actionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocol() {
		return protocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalBasis() {
		return legalBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		flowEndpointEClass = createEClass(FLOW_ENDPOINT);

		networkEClass = createEClass(NETWORK);
		createEReference(networkEClass, NETWORK__SITES);
		createEReference(networkEClass, NETWORK__ZONES);
		createEReference(networkEClass, NETWORK__CONDUITS);
		createEReference(networkEClass, NETWORK__SEGMENTS);
		createEReference(networkEClass, NETWORK__DEVICES);
		createEReference(networkEClass, NETWORK__LINKS);
		createEReference(networkEClass, NETWORK__CATALOG);
		createEReference(networkEClass, NETWORK__WAIVERS);
		createEReference(networkEClass, NETWORK__REQUIRED_FLOWS);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__ADDRESS);
		createEAttribute(siteEClass, SITE__SENSITIVE);

		zoneEClass = createEClass(ZONE);
		createEAttribute(zoneEClass, ZONE__KIND);
		createEAttribute(zoneEClass, ZONE__CORE);
		createEAttribute(zoneEClass, ZONE__SECURITY_LEVEL);
		createEReference(zoneEClass, ZONE__SITE);

		conduitEClass = createEClass(CONDUIT);
		createEReference(conduitEClass, CONDUIT__FROM_ZONE);
		createEReference(conduitEClass, CONDUIT__TO_ZONE);
		createEReference(conduitEClass, CONDUIT__SERVICES);
		createEAttribute(conduitEClass, CONDUIT__SECURITY_LEVEL);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__VLAN_ID);
		createEAttribute(segmentEClass, SEGMENT__PREFIXES);
		createEReference(segmentEClass, SEGMENT__ZONE);
		createEReference(segmentEClass, SEGMENT__SITE);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__ROLE);
		createEAttribute(deviceEClass, DEVICE__MANUFACTURER);
		createEAttribute(deviceEClass, DEVICE__MODEL);
		createEAttribute(deviceEClass, DEVICE__SERIAL_NUMBER);
		createEAttribute(deviceEClass, DEVICE__FIRMWARE);
		createEAttribute(deviceEClass, DEVICE__ROUTING);
		createEReference(deviceEClass, DEVICE__SITE);
		createEReference(deviceEClass, DEVICE__ZONE);
		createEReference(deviceEClass, DEVICE__INTERFACES);
		createEReference(deviceEClass, DEVICE__POLICY);
		createEReference(deviceEClass, DEVICE__INGRESS);

		interfaceEClass = createEClass(INTERFACE);
		createEReference(interfaceEClass, INTERFACE__DEVICE);
		createEAttribute(interfaceEClass, INTERFACE__MAC);
		createEAttribute(interfaceEClass, INTERFACE__ADDRESSES);
		createEAttribute(interfaceEClass, INTERFACE__MODE);
		createEAttribute(interfaceEClass, INTERFACE__ACCESS_VLAN);
		createEAttribute(interfaceEClass, INTERFACE__NATIVE_VLAN);
		createEAttribute(interfaceEClass, INTERFACE__ALLOWED_VLANS);
		createEAttribute(interfaceEClass, INTERFACE__ENABLED);

		linkEClass = createEClass(LINK);
		createEReference(linkEClass, LINK__END_A);
		createEReference(linkEClass, LINK__END_B);
		createEAttribute(linkEClass, LINK__MEDIUM);
		createEAttribute(linkEClass, LINK__ENABLED);
		createEAttribute(linkEClass, LINK__DIRECTION);

		firewallPolicyEClass = createEClass(FIREWALL_POLICY);
		createEReference(firewallPolicyEClass, FIREWALL_POLICY__RULES);
		createEAttribute(firewallPolicyEClass, FIREWALL_POLICY__DEFAULT_ACTION);

		firewallRuleEClass = createEClass(FIREWALL_RULE);
		createEAttribute(firewallRuleEClass, FIREWALL_RULE__ACTION);
		createEReference(firewallRuleEClass, FIREWALL_RULE__SOURCE);
		createEReference(firewallRuleEClass, FIREWALL_RULE__DESTINATION);
		createEReference(firewallRuleEClass, FIREWALL_RULE__SERVICE);
		createEReference(firewallRuleEClass, FIREWALL_RULE__INGRESS);

		serviceEClass = createEClass(SERVICE);
		createEAttribute(serviceEClass, SERVICE__NAME);
		createEAttribute(serviceEClass, SERVICE__PROTOCOL);
		createEAttribute(serviceEClass, SERVICE__PORTS);

		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__VERSION);
		createEAttribute(catalogEClass, CATALOG__REGISTRY_DATE);
		createEReference(catalogEClass, CATALOG__VENDORS);

		restrictedVendorEClass = createEClass(RESTRICTED_VENDOR);
		createEAttribute(restrictedVendorEClass, RESTRICTED_VENDOR__ALIASES);
		createEAttribute(restrictedVendorEClass, RESTRICTED_VENDOR__OUI_PREFIXES);
		createEReference(restrictedVendorEClass, RESTRICTED_VENDOR__LISTINGS);
		createEReference(restrictedVendorEClass, RESTRICTED_VENDOR__AFFILIATE_OF);

		listingEClass = createEClass(LISTING);
		createEAttribute(listingEClass, LISTING__BASIS);
		createEAttribute(listingEClass, LISTING__DATE_LISTED);
		createEAttribute(listingEClass, LISTING__SCOPE);
		createEAttribute(listingEClass, LISTING__CITATION);

		waiverEClass = createEClass(WAIVER);
		createEReference(waiverEClass, WAIVER__DEVICE);
		createEAttribute(waiverEClass, WAIVER__RULE);
		createEAttribute(waiverEClass, WAIVER__JUSTIFICATION);
		createEAttribute(waiverEClass, WAIVER__BASIS);
		createEAttribute(waiverEClass, WAIVER__APPROVER);
		createEAttribute(waiverEClass, WAIVER__EXPIRY);

		requiredFlowEClass = createEClass(REQUIRED_FLOW);
		createEReference(requiredFlowEClass, REQUIRED_FLOW__SOURCE);
		createEReference(requiredFlowEClass, REQUIRED_FLOW__DESTINATION);
		createEReference(requiredFlowEClass, REQUIRED_FLOW__SERVICE);
		createEAttribute(requiredFlowEClass, REQUIRED_FLOW__REASON);

		// Create enums
		zoneKindEEnum = createEEnum(ZONE_KIND);
		deviceRoleEEnum = createEEnum(DEVICE_ROLE);
		interfaceModeEEnum = createEEnum(INTERFACE_MODE);
		mediumEEnum = createEEnum(MEDIUM);
		linkDirectionEEnum = createEEnum(LINK_DIRECTION);
		actionEEnum = createEEnum(ACTION);
		protocolEEnum = createEEnum(PROTOCOL);
		legalBasisEEnum = createEEnum(LEGAL_BASIS);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		flowEndpointEClass.getESuperTypes().add(this.getNamed());
		networkEClass.getESuperTypes().add(this.getNamed());
		siteEClass.getESuperTypes().add(this.getNamed());
		zoneEClass.getESuperTypes().add(this.getFlowEndpoint());
		conduitEClass.getESuperTypes().add(this.getNamed());
		segmentEClass.getESuperTypes().add(this.getFlowEndpoint());
		deviceEClass.getESuperTypes().add(this.getFlowEndpoint());
		interfaceEClass.getESuperTypes().add(this.getNamed());
		linkEClass.getESuperTypes().add(this.getNamed());
		firewallPolicyEClass.getESuperTypes().add(this.getNamed());
		firewallRuleEClass.getESuperTypes().add(this.getNamed());
		catalogEClass.getESuperTypes().add(this.getNamed());
		restrictedVendorEClass.getESuperTypes().add(this.getNamed());
		waiverEClass.getESuperTypes().add(this.getIdentified());
		requiredFlowEClass.getESuperTypes().add(this.getNamed());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowEndpointEClass, FlowEndpoint.class, "FlowEndpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetwork_Sites(), this.getSite(), null, "sites", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Zones(), this.getZone(), null, "zones", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Conduits(), this.getConduit(), null, "conduits", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Segments(), this.getSegment(), null, "segments", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Devices(), this.getDevice(), null, "devices", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Links(), this.getLink(), null, "links", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Catalog(), this.getCatalog(), null, "catalog", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Waivers(), this.getWaiver(), null, "waivers", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_RequiredFlows(), this.getRequiredFlow(), null, "requiredFlows", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Address(), ecorePackage.getEString(), "address", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Sensitive(), ecorePackage.getEBoolean(), "sensitive", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(zoneEClass, Zone.class, "Zone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getZone_Kind(), this.getZoneKind(), "kind", "CORE", 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Core(), ecorePackage.getEBoolean(), "core", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_SecurityLevel(), ecorePackage.getEIntegerObject(), "securityLevel", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getZone_Site(), this.getSite(), null, "site", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conduitEClass, Conduit.class, "Conduit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConduit_FromZone(), this.getZone(), null, "fromZone", null, 1, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_ToZone(), this.getZone(), null, "toZone", null, 1, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConduit_Services(), this.getService(), null, "services", null, 0, -1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConduit_SecurityLevel(), ecorePackage.getEIntegerObject(), "securityLevel", null, 0, 1, Conduit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_VlanId(), ecorePackage.getEIntegerObject(), "vlanId", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Prefixes(), ecorePackage.getEString(), "prefixes", null, 0, -1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Zone(), this.getZone(), null, "zone", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Site(), this.getSite(), null, "site", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_Role(), this.getDeviceRole(), "role", "CAMERA", 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Model(), ecorePackage.getEString(), "model", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Routing(), ecorePackage.getEBoolean(), "routing", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Site(), this.getSite(), null, "site", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Zone(), this.getZone(), null, "zone", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Interfaces(), this.getInterface(), this.getInterface_Device(), "interfaces", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Policy(), this.getFirewallPolicy(), null, "policy", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Ingress(), this.getInterface(), null, "ingress", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInterface_Device(), this.getDevice(), this.getDevice_Interfaces(), "device", null, 0, 1, Interface.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Addresses(), ecorePackage.getEString(), "addresses", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Mode(), this.getInterfaceMode(), "mode", "ACCESS", 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_AccessVlan(), ecorePackage.getEIntegerObject(), "accessVlan", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_NativeVlan(), ecorePackage.getEIntegerObject(), "nativeVlan", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_AllowedVlans(), ecorePackage.getEString(), "allowedVlans", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLink_EndA(), this.getInterface(), null, "endA", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_EndB(), this.getInterface(), null, "endB", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Medium(), this.getMedium(), "medium", "COPPER", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Direction(), this.getLinkDirection(), "direction", "BOTH", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallPolicyEClass, FirewallPolicy.class, "FirewallPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFirewallPolicy_Rules(), this.getFirewallRule(), null, "rules", null, 0, -1, FirewallPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirewallPolicy_DefaultAction(), this.getAction(), "defaultAction", "DENY", 0, 1, FirewallPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firewallRuleEClass, FirewallRule.class, "FirewallRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFirewallRule_Action(), this.getAction(), "action", "DENY", 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Source(), this.getFlowEndpoint(), null, "source", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Destination(), this.getFlowEndpoint(), null, "destination", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Service(), this.getService(), null, "service", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirewallRule_Ingress(), this.getInterface(), null, "ingress", null, 0, 1, FirewallRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getService_Name(), ecorePackage.getEString(), "name", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Protocol(), this.getProtocol(), "protocol", "ANY", 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Ports(), ecorePackage.getEString(), "ports", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Version(), ecorePackage.getEString(), "version", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_RegistryDate(), this.getDate(), "registryDate", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Vendors(), this.getRestrictedVendor(), null, "vendors", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(restrictedVendorEClass, RestrictedVendor.class, "RestrictedVendor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRestrictedVendor_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, RestrictedVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRestrictedVendor_OuiPrefixes(), ecorePackage.getEString(), "ouiPrefixes", null, 0, -1, RestrictedVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRestrictedVendor_Listings(), this.getListing(), null, "listings", null, 0, -1, RestrictedVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRestrictedVendor_AffiliateOf(), this.getRestrictedVendor(), null, "affiliateOf", null, 0, 1, RestrictedVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(listingEClass, Listing.class, "Listing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getListing_Basis(), this.getLegalBasis(), "basis", "FCC_COVERED_LIST", 0, 1, Listing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListing_DateListed(), this.getDate(), "dateListed", null, 0, 1, Listing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListing_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, Listing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListing_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Listing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(waiverEClass, Waiver.class, "Waiver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWaiver_Device(), this.getDevice(), null, "device", null, 1, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Rule(), ecorePackage.getEString(), "rule", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Basis(), ecorePackage.getEString(), "basis", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Approver(), ecorePackage.getEString(), "approver", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWaiver_Expiry(), this.getDate(), "expiry", null, 0, 1, Waiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(requiredFlowEClass, RequiredFlow.class, "RequiredFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRequiredFlow_Source(), this.getFlowEndpoint(), null, "source", null, 1, 1, RequiredFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRequiredFlow_Destination(), this.getFlowEndpoint(), null, "destination", null, 1, 1, RequiredFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRequiredFlow_Service(), this.getService(), null, "service", null, 0, 1, RequiredFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequiredFlow_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, RequiredFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(zoneKindEEnum, ZoneKind.class, "ZoneKind");
		addEEnumLiteral(zoneKindEEnum, ZoneKind.CORE);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SERVER);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.USER);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.SURVEILLANCE);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.IOT);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.OT);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.DMZ);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.GUEST);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.MANAGEMENT);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.EXTERNAL);

		initEEnum(deviceRoleEEnum, DeviceRole.class, "DeviceRole");
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.CAMERA);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.NVR);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.SWITCH);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.ROUTER);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.FIREWALL);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.SERVER);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.WORKSTATION);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.ACCESS_POINT);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.DATA_DIODE);
		addEEnumLiteral(deviceRoleEEnum, DeviceRole.IOT);

		initEEnum(interfaceModeEEnum, InterfaceMode.class, "InterfaceMode");
		addEEnumLiteral(interfaceModeEEnum, InterfaceMode.ACCESS);
		addEEnumLiteral(interfaceModeEEnum, InterfaceMode.TRUNK);
		addEEnumLiteral(interfaceModeEEnum, InterfaceMode.ROUTED);

		initEEnum(mediumEEnum, Medium.class, "Medium");
		addEEnumLiteral(mediumEEnum, Medium.COPPER);
		addEEnumLiteral(mediumEEnum, Medium.FIBER);
		addEEnumLiteral(mediumEEnum, Medium.WIRELESS);
		addEEnumLiteral(mediumEEnum, Medium.VPN);

		initEEnum(linkDirectionEEnum, LinkDirection.class, "LinkDirection");
		addEEnumLiteral(linkDirectionEEnum, LinkDirection.BOTH);
		addEEnumLiteral(linkDirectionEEnum, LinkDirection.FROM_A);
		addEEnumLiteral(linkDirectionEEnum, LinkDirection.FROM_B);

		initEEnum(actionEEnum, Action.class, "Action");
		addEEnumLiteral(actionEEnum, Action.DENY);
		addEEnumLiteral(actionEEnum, Action.ALLOW);

		initEEnum(protocolEEnum, Protocol.class, "Protocol");
		addEEnumLiteral(protocolEEnum, Protocol.ANY);
		addEEnumLiteral(protocolEEnum, Protocol.TCP);
		addEEnumLiteral(protocolEEnum, Protocol.UDP);
		addEEnumLiteral(protocolEEnum, Protocol.ICMP);

		initEEnum(legalBasisEEnum, LegalBasis.class, "LegalBasis");
		addEEnumLiteral(legalBasisEEnum, LegalBasis.FCC_COVERED_LIST);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.NDAA_889);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.UK_2022_STATEMENT);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.CUSTOM);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Network topology as a network architect reviews it: sites, zones, segments, devices, interfaces, links, firewall policy, the restricted-vendor catalog, waivers and required flows."
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "documentation", "An element with an identifier that is stable across saves; references in files use it."
		   });
		addAnnotation
		  (flowEndpointEClass,
		   source,
		   new String[] {
			   "documentation", "What a firewall rule or a required flow can name as source or destination: a zone, a segment or a device."
		   });
		addAnnotation
		  (networkEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a topology: everything a review looks at."
		   });
		addAnnotation
		  (getNetwork_Conduits(),
		   source,
		   new String[] {
			   "documentation", "The intended zone policy: the conduits traffic between zones is meant to take. With none, no policy is stated and the zone matrix is not judged against one."
		   });
		addAnnotation
		  (getNetwork_Catalog(),
		   source,
		   new String[] {
			   "documentation", "Vendors restricted by this organisation in addition to the catalog shipped with NetReview."
		   });
		addAnnotation
		  (getSite_Sensitive(),
		   source,
		   new String[] {
			   "documentation", "A sensitive site in the sense of the UK statement of 24 November 2022: restricted visual surveillance equipment must not be deployed there."
		   });
		addAnnotation
		  (zoneEClass,
		   source,
		   new String[] {
			   "documentation", "A security zone (IEC 62443 sense): segments and devices with the same protection needs."
		   });
		addAnnotation
		  (getZone_Kind(),
		   source,
		   new String[] {
			   "documentation", "What the zone holds. Unset means nobody said: the zone is then judged core (the safe assumption) and the analysis reports it as a coverage gap."
		   });
		addAnnotation
		  (getZone_Core(),
		   source,
		   new String[] {
			   "documentation", "Whether this zone is part of the core network that restricted devices must never reach. Unless set explicitly, true exactly for zones of kind CORE."
		   });
		addAnnotation
		  (getZone_SecurityLevel(),
		   source,
		   new String[] {
			   "documentation", "IEC 62443 target security level (SL-T), 1 to 4, or unset."
		   });
		addAnnotation
		  (getZone_Site(),
		   source,
		   new String[] {
			   "documentation", "The site this zone belongs to, or unset for a zone that spans sites."
		   });
		addAnnotation
		  (conduitEClass,
		   source,
		   new String[] {
			   "documentation", "An intended conduit (IEC 62443 sense): traffic from one zone to another (or within one zone) that the design means to allow, with its services and target security level."
		   });
		addAnnotation
		  (getConduit_FromZone(),
		   source,
		   new String[] {
			   "documentation", "The zone the traffic starts in."
		   });
		addAnnotation
		  (getConduit_ToZone(),
		   source,
		   new String[] {
			   "documentation", "The zone the traffic goes to; the same zone as fromZone for traffic meant to stay within it."
		   });
		addAnnotation
		  (getConduit_Services(),
		   source,
		   new String[] {
			   "documentation", "The services the conduit is meant to carry; none means any."
		   });
		addAnnotation
		  (getConduit_SecurityLevel(),
		   source,
		   new String[] {
			   "documentation", "IEC 62443 target security level (SL-T) of the conduit, 1 to 4, or unset."
		   });
		addAnnotation
		  (segmentEClass,
		   source,
		   new String[] {
			   "documentation", "A layer-2 segment (VLAN) with its IP prefixes, in one zone. Interfaces join it through its VLAN id, within its site (or anywhere when it has no site)."
		   });
		addAnnotation
		  (getSegment_Prefixes(),
		   source,
		   new String[] {
			   "documentation", "IPv4 or IPv6 prefixes in CIDR notation, such as 10.20.30.0/24 or 2001:db8:20::/64."
		   });
		addAnnotation
		  (deviceRoleEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A network video recorder or video management system server."
		   });
		addAnnotation
		  (getDevice_Routing(),
		   source,
		   new String[] {
			   "documentation", "Whether the device routes between the segments it has interfaces in. Unless set explicitly, true exactly for routers and firewalls; set it on layer-3 switches."
		   });
		addAnnotation
		  (getDevice_Zone(),
		   source,
		   new String[] {
			   "documentation", "The zone the device is deployed in (its management zone for infrastructure), or unset."
		   });
		addAnnotation
		  (getDevice_Policy(),
		   source,
		   new String[] {
			   "documentation", "The rules by which a firewall (or a router with access lists) forwards traffic."
		   });
		addAnnotation
		  (getDevice_Ingress(),
		   source,
		   new String[] {
			   "documentation", "For a data diode: the one interface traffic may enter by; it leaves by the others."
		   });
		addAnnotation
		  (interfaceEClass,
		   source,
		   new String[] {
			   "documentation", "A network port of a device. Access and routed ports carry one VLAN untagged; trunks carry their allowed VLANs tagged and the native VLAN untagged."
		   });
		addAnnotation
		  (getInterface_Mac(),
		   source,
		   new String[] {
			   "documentation", "The MAC address, six hexadecimal octets such as 4C:BD:8F:12:34:56."
		   });
		addAnnotation
		  (getInterface_Addresses(),
		   source,
		   new String[] {
			   "documentation", "IP addresses with prefix length, such as 10.20.30.5/24."
		   });
		addAnnotation
		  (getInterface_AccessVlan(),
		   source,
		   new String[] {
			   "documentation", "The VLAN of an access or routed port; unset on an endpoint means it takes the VLAN of the port it is cabled to."
		   });
		addAnnotation
		  (getInterface_NativeVlan(),
		   source,
		   new String[] {
			   "documentation", "The VLAN a trunk carries untagged, or unset for none."
		   });
		addAnnotation
		  (getInterface_AllowedVlans(),
		   source,
		   new String[] {
			   "documentation", "The VLANs a trunk carries, such as 10,20,100-199; unset or \'all\' means 1-4094 and \'none\' means none."
		   });
		addAnnotation
		  (linkEClass,
		   source,
		   new String[] {
			   "documentation", "A cable, radio link or tunnel between two interfaces."
		   });
		addAnnotation
		  (getLink_Direction(),
		   source,
		   new String[] {
			   "documentation", "BOTH for an ordinary link; FROM_A or FROM_B for a one-way (diode-like) link that carries frames only from that end to the other."
		   });
		addAnnotation
		  (firewallPolicyEClass,
		   source,
		   new String[] {
			   "documentation", "Ordered rules, the first match wins; traffic that matches no rule gets the default action."
		   });
		addAnnotation
		  (getFirewallRule_Source(),
		   source,
		   new String[] {
			   "documentation", "The zone, segment or device the traffic comes from; unset means any."
		   });
		addAnnotation
		  (getFirewallRule_Destination(),
		   source,
		   new String[] {
			   "documentation", "The zone, segment or device the traffic goes to; unset means any."
		   });
		addAnnotation
		  (getFirewallRule_Service(),
		   source,
		   new String[] {
			   "documentation", "The service the rule applies to; unset means any."
		   });
		addAnnotation
		  (getFirewallRule_Ingress(),
		   source,
		   new String[] {
			   "documentation", "For an access list applied inbound on one interface of a router or layer-3 switch (such as ip access-group NAME in): that interface of the rule\'s device. Such a rule looks only at traffic entering there, before the device\'s other rules, in policy order among the rules of the same interface: the first that matches drops the traffic (DENY) or lets it on to the other rules (ALLOW). Unset: the rule applies to everything the device forwards."
		   });
		addAnnotation
		  (serviceEClass,
		   source,
		   new String[] {
			   "documentation", "A protocol with destination ports, such as TCP 554 (RTSP)."
		   });
		addAnnotation
		  (getService_Ports(),
		   source,
		   new String[] {
			   "documentation", "Destination ports such as 80,443,8000-8099; unset means all ports of the protocol."
		   });
		addAnnotation
		  (catalogEClass,
		   source,
		   new String[] {
			   "documentation", "A versioned list of restricted vendors with the public sources that restrict them."
		   });
		addAnnotation
		  (getCatalog_RegistryDate(),
		   source,
		   new String[] {
			   "documentation", "The date of the IEEE registry snapshot the MAC address blocks were taken from, or unset when unknown."
		   });
		addAnnotation
		  (restrictedVendorEClass,
		   source,
		   new String[] {
			   "documentation", "A vendor whose equipment is restricted. Its name is the canonical company name; manufacturers match it only by that name or an exact alias, never by a fragment."
		   });
		addAnnotation
		  (getRestrictedVendor_OuiPrefixes(),
		   source,
		   new String[] {
			   "documentation", "IEEE MAC address blocks assigned to the vendor: MA-L (4C:BD:8F), MA-M (4C:BD:8F:1) or MA-S (4C:BD:8F:12:3)."
		   });
		addAnnotation
		  (getRestrictedVendor_AffiliateOf(),
		   source,
		   new String[] {
			   "documentation", "The listed company this vendor is a subsidiary or affiliate of (the FCC Covered List and NDAA s.889 cover those too), or unset for a listed company itself."
		   });
		addAnnotation
		  (listingEClass,
		   source,
		   new String[] {
			   "documentation", "One public act that restricts a vendor: its basis, the date the vendor was listed, the scope, and a citation."
		   });
		addAnnotation
		  (waiverEClass,
		   source,
		   new String[] {
			   "documentation", "An approved, time-limited exception for a restricted device; the finding stays visible, marked waived."
		   });
		addAnnotation
		  (getWaiver_Rule(),
		   source,
		   new String[] {
			   "documentation", "The rule id the waiver covers, or unset for every rule on the device."
		   });
		addAnnotation
		  (getWaiver_Basis(),
		   source,
		   new String[] {
			   "documentation", "The policy or decision the waiver rests on, such as a risk acceptance reference."
		   });
		addAnnotation
		  (requiredFlowEClass,
		   source,
		   new String[] {
			   "documentation", "Traffic the business needs, such as camera to NVR on RTSP; a segmentation proposal must keep it working."
		   });
		addAnnotation
		  (dateEDataType,
		   source,
		   new String[] {
			   "documentation", "A calendar date, written in files as ISO 8601 (2022-11-24).",
			   "create", "return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());",
			   "convert", "return it == null ? null : it.toString();"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (networkEClass,
		   source,
		   new String[] {
			   "constraints", "UniqueIds UniqueVlanPerSite"
		   });
		addAnnotation
		  (zoneEClass,
		   source,
		   new String[] {
			   "constraints", "ValidSecurityLevel"
		   });
		addAnnotation
		  (conduitEClass,
		   source,
		   new String[] {
			   "constraints", "Complete ValidSecurityLevel"
		   });
		addAnnotation
		  (segmentEClass,
		   source,
		   new String[] {
			   "constraints", "ValidVlanId ValidPrefixes"
		   });
		addAnnotation
		  (deviceEClass,
		   source,
		   new String[] {
			   "constraints", "IngressIsOwnInterface PolicyOnForwardingDevice"
		   });
		addAnnotation
		  (interfaceEClass,
		   source,
		   new String[] {
			   "constraints", "OnDevice ValidMac ValidAddresses ValidVlans"
		   });
		addAnnotation
		  (linkEClass,
		   source,
		   new String[] {
			   "constraints", "DistinctEnds"
		   });
		addAnnotation
		  (firewallRuleEClass,
		   source,
		   new String[] {
			   "constraints", "IngressOnOwnDevice"
		   });
		addAnnotation
		  (serviceEClass,
		   source,
		   new String[] {
			   "constraints", "ValidPorts"
		   });
		addAnnotation
		  (restrictedVendorEClass,
		   source,
		   new String[] {
			   "constraints", "ValidOuiPrefixes"
		   });
		addAnnotation
		  (waiverEClass,
		   source,
		   new String[] {
			   "constraints", "Complete"
		   });
		addAnnotation
		  (requiredFlowEClass,
		   source,
		   new String[] {
			   "constraints", "Complete"
		   });
	}

} //TopologyPackageImpl
