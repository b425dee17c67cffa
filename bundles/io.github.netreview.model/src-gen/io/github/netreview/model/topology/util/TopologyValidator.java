/**
 */
package io.github.netreview.model.topology.util;

import io.github.netreview.model.topology.*;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

import io.github.netreview.model.validation.ModelConstraints;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.github.netreview.model.topology.TopologyPackage
 * @generated
 */
public class TopologyValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TopologyValidator INSTANCE = new TopologyValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.github.netreview.model.topology";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return TopologyPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case TopologyPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case TopologyPackage.NAMED:
				return validateNamed((Named)value, diagnostics, context);
			case TopologyPackage.FLOW_ENDPOINT:
				return validateFlowEndpoint((FlowEndpoint)value, diagnostics, context);
			case TopologyPackage.NETWORK:
				return validateNetwork((Network)value, diagnostics, context);
			case TopologyPackage.SITE:
				return validateSite((Site)value, diagnostics, context);
			case TopologyPackage.ZONE:
				return validateZone((Zone)value, diagnostics, context);
			case TopologyPackage.CONDUIT:
				return validateConduit((Conduit)value, diagnostics, context);
			case TopologyPackage.SEGMENT:
				return validateSegment((Segment)value, diagnostics, context);
			case TopologyPackage.DEVICE:
				return validateDevice((Device)value, diagnostics, context);
			case TopologyPackage.INTERFACE:
				return validateInterface((Interface)value, diagnostics, context);
			case TopologyPackage.LINK:
				return validateLink((Link)value, diagnostics, context);
			case TopologyPackage.FIREWALL_POLICY:
				return validateFirewallPolicy((FirewallPolicy)value, diagnostics, context);
			case TopologyPackage.FIREWALL_RULE:
				return validateFirewallRule((FirewallRule)value, diagnostics, context);
			case TopologyPackage.SERVICE:
				return validateService((Service)value, diagnostics, context);
			case TopologyPackage.CATALOG:
				return validateCatalog((Catalog)value, diagnostics, context);
			case TopologyPackage.RESTRICTED_VENDOR:
				return validateRestrictedVendor((RestrictedVendor)value, diagnostics, context);
			case TopologyPackage.LISTING:
				return validateListing((Listing)value, diagnostics, context);
			case TopologyPackage.WAIVER:
				return validateWaiver((Waiver)value, diagnostics, context);
			case TopologyPackage.REQUIRED_FLOW:
				return validateRequiredFlow((RequiredFlow)value, diagnostics, context);
			case TopologyPackage.ZONE_KIND:
				return validateZoneKind((ZoneKind)value, diagnostics, context);
			case TopologyPackage.DEVICE_ROLE:
				return validateDeviceRole((DeviceRole)value, diagnostics, context);
			case TopologyPackage.INTERFACE_MODE:
				return validateInterfaceMode((InterfaceMode)value, diagnostics, context);
			case TopologyPackage.MEDIUM:
				return validateMedium((Medium)value, diagnostics, context);
			case TopologyPackage.LINK_DIRECTION:
				return validateLinkDirection((LinkDirection)value, diagnostics, context);
			case TopologyPackage.ACTION:
				return validateAction((Action)value, diagnostics, context);
			case TopologyPackage.PROTOCOL:
				return validateProtocol((Protocol)value, diagnostics, context);
			case TopologyPackage.LEGAL_BASIS:
				return validateLegalBasis((LegalBasis)value, diagnostics, context);
			case TopologyPackage.DATE:
				return validateDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamed(Named named, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(named, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlowEndpoint(FlowEndpoint flowEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flowEndpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetwork(Network network, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(network, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(network, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(network, diagnostics, context);
		if (result || diagnostics != null) result &= validateNetwork_UniqueIds(network, diagnostics, context);
		if (result || diagnostics != null) result &= validateNetwork_UniqueVlanPerSite(network, diagnostics, context);
		return result;
	}

	/**
	 * Validates the UniqueIds constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateNetwork_UniqueIds(Network network, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.uniqueIds(network), Diagnostic.ERROR, 1, network, diagnostics, context);
	}

	/**
	 * Validates the UniqueVlanPerSite constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateNetwork_UniqueVlanPerSite(Network network, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.uniqueVlanPerSite(network), Diagnostic.ERROR, 2, network, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(site, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateZone(Zone zone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(zone, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(zone, diagnostics, context);
		if (result || diagnostics != null) result &= validateZone_ValidSecurityLevel(zone, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ValidSecurityLevel constraint of '<em>Zone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateZone_ValidSecurityLevel(Zone zone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.securityLevel(zone), Diagnostic.ERROR, 3, zone, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConduit(Conduit conduit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(conduit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validateConduit_Complete(conduit, diagnostics, context);
		if (result || diagnostics != null) result &= validateConduit_ValidSecurityLevel(conduit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the Complete constraint of '<em>Conduit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateConduit_Complete(Conduit conduit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.complete(conduit), Diagnostic.ERROR, 18, conduit, diagnostics, context);
	}

	/**
	 * Validates the ValidSecurityLevel constraint of '<em>Conduit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateConduit_ValidSecurityLevel(Conduit conduit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.securityLevel(conduit), Diagnostic.ERROR, 19, conduit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(segment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_ValidVlanId(segment, diagnostics, context);
		if (result || diagnostics != null) result &= validateSegment_ValidPrefixes(segment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ValidVlanId constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSegment_ValidVlanId(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.vlanId(segment), Diagnostic.ERROR, 4, segment, diagnostics, context);
	}

	/**
	 * Validates the ValidPrefixes constraint of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSegment_ValidPrefixes(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.prefixes(segment), Diagnostic.ERROR, 5, segment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(device, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(device, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(device, diagnostics, context);
		if (result || diagnostics != null) result &= validateDevice_IngressIsOwnInterface(device, diagnostics, context);
		if (result || diagnostics != null) result &= validateDevice_PolicyOnForwardingDevice(device, diagnostics, context);
		return result;
	}

	/**
	 * Validates the IngressIsOwnInterface constraint of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDevice_IngressIsOwnInterface(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.ingressIsOwnInterface(device), Diagnostic.ERROR, 6, device, diagnostics, context);
	}

	/**
	 * Validates the PolicyOnForwardingDevice constraint of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDevice_PolicyOnForwardingDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.policyOnForwardingDevice(device), Diagnostic.WARNING, 7, device, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterface(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interface_, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterface_OnDevice(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterface_ValidMac(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterface_ValidAddresses(interface_, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterface_ValidVlans(interface_, diagnostics, context);
		return result;
	}

	/**
	 * Validates the OnDevice constraint of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInterface_OnDevice(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.onDevice(interface_), Diagnostic.ERROR, 8, interface_, diagnostics, context);
	}

	/**
	 * Validates the ValidMac constraint of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInterface_ValidMac(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.mac(interface_), Diagnostic.ERROR, 9, interface_, diagnostics, context);
	}

	/**
	 * Validates the ValidAddresses constraint of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInterface_ValidAddresses(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.addresses(interface_), Diagnostic.ERROR, 10, interface_, diagnostics, context);
	}

	/**
	 * Validates the ValidVlans constraint of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateInterface_ValidVlans(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.vlans(interface_), Diagnostic.ERROR, 11, interface_, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLink(Link link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(link, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(link, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(link, diagnostics, context);
		if (result || diagnostics != null) result &= validateLink_DistinctEnds(link, diagnostics, context);
		return result;
	}

	/**
	 * Validates the DistinctEnds constraint of '<em>Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateLink_DistinctEnds(Link link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.distinctEnds(link), Diagnostic.ERROR, 12, link, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallPolicy(FirewallPolicy firewallPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(firewallPolicy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFirewallRule(FirewallRule firewallRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(firewallRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(firewallRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateFirewallRule_IngressOnOwnDevice(firewallRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the IngressOnOwnDevice constraint of '<em>Firewall Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFirewallRule_IngressOnOwnDevice(FirewallRule firewallRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.ingressOnOwnDevice(firewallRule), Diagnostic.ERROR, 17, firewallRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateService(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(service, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(service, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(service, diagnostics, context);
		if (result || diagnostics != null) result &= validateService_ValidPorts(service, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ValidPorts constraint of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateService_ValidPorts(Service service, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.ports(service), Diagnostic.ERROR, 13, service, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalog(Catalog catalog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(catalog, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRestrictedVendor(RestrictedVendor restrictedVendor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(restrictedVendor, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(restrictedVendor, diagnostics, context);
		if (result || diagnostics != null) result &= validateRestrictedVendor_ValidOuiPrefixes(restrictedVendor, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ValidOuiPrefixes constraint of '<em>Restricted Vendor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRestrictedVendor_ValidOuiPrefixes(RestrictedVendor restrictedVendor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.ouiPrefixes(restrictedVendor), Diagnostic.ERROR, 14, restrictedVendor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateListing(Listing listing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(listing, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWaiver(Waiver waiver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(waiver, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(waiver, diagnostics, context);
		if (result || diagnostics != null) result &= validateWaiver_Complete(waiver, diagnostics, context);
		return result;
	}

	/**
	 * Validates the Complete constraint of '<em>Waiver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateWaiver_Complete(Waiver waiver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.complete(waiver), Diagnostic.ERROR, 15, waiver, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequiredFlow(RequiredFlow requiredFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(requiredFlow, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(requiredFlow, diagnostics, context);
		if (result || diagnostics != null) result &= validateRequiredFlow_Complete(requiredFlow, diagnostics, context);
		return result;
	}

	/**
	 * Validates the Complete constraint of '<em>Required Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRequiredFlow_Complete(RequiredFlow requiredFlow, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return report(ModelConstraints.complete(requiredFlow), Diagnostic.ERROR, 16, requiredFlow, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateZoneKind(ZoneKind zoneKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceRole(DeviceRole deviceRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceMode(InterfaceMode interfaceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMedium(Medium medium, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLinkDirection(LinkDirection linkDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAction(Action action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProtocol(Protocol protocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLegalBasis(LegalBasis legalBasis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(LocalDate date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Adds one diagnostic per problem, each carrying the element it is about.
	 * @generated NOT
	 */
	private boolean report(List<String> problems, int severity, int code, EObject subject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (diagnostics != null) {
			for (String problem : problems) {
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, problem, new Object[] { subject }));
			}
		}
		return problems.isEmpty() || severity < Diagnostic.ERROR;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //TopologyValidator
