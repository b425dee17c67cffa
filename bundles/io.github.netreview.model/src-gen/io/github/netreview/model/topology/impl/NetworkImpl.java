/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Catalog;
import io.github.netreview.model.topology.Conduit;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.RequiredFlow;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.TopologyPackage;
import io.github.netreview.model.topology.Waiver;
import io.github.netreview.model.topology.Zone;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getConduits <em>Conduits</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getCatalog <em>Catalog</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getWaivers <em>Waivers</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.NetworkImpl#getRequiredFlows <em>Required Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends NamedImpl implements Network {
	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> zones;

	/**
	 * The cached value of the '{@link #getConduits() <em>Conduits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConduits()
	 * @generated
	 * @ordered
	 */
	protected EList<Conduit> conduits;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getCatalog() <em>Catalog</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalog()
	 * @generated
	 * @ordered
	 */
	protected Catalog catalog;

	/**
	 * The cached value of the '{@link #getWaivers() <em>Waivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Waiver> waivers;

	/**
	 * The cached value of the '{@link #getRequiredFlows() <em>Required Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<RequiredFlow> requiredFlows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, TopologyPackage.NETWORK__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getZones() {
		if (zones == null) {
			zones = new EObjectContainmentEList<Zone>(Zone.class, this, TopologyPackage.NETWORK__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conduit> getConduits() {
		if (conduits == null) {
			conduits = new EObjectContainmentEList<Conduit>(Conduit.class, this, TopologyPackage.NETWORK__CONDUITS);
		}
		return conduits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, TopologyPackage.NETWORK__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, TopologyPackage.NETWORK__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, TopologyPackage.NETWORK__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog getCatalog() {
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCatalog(Catalog newCatalog, NotificationChain msgs) {
		Catalog oldCatalog = catalog;
		catalog = newCatalog;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK__CATALOG, oldCatalog, newCatalog);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalog(Catalog newCatalog) {
		if (newCatalog != catalog) {
			NotificationChain msgs = null;
			if (catalog != null)
				msgs = ((InternalEObject)catalog).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.NETWORK__CATALOG, null, msgs);
			if (newCatalog != null)
				msgs = ((InternalEObject)newCatalog).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.NETWORK__CATALOG, null, msgs);
			msgs = basicSetCatalog(newCatalog, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK__CATALOG, newCatalog, newCatalog));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Waiver> getWaivers() {
		if (waivers == null) {
			waivers = new EObjectContainmentEList<Waiver>(Waiver.class, this, TopologyPackage.NETWORK__WAIVERS);
		}
		return waivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RequiredFlow> getRequiredFlows() {
		if (requiredFlows == null) {
			requiredFlows = new EObjectContainmentEList<RequiredFlow>(RequiredFlow.class, this, TopologyPackage.NETWORK__REQUIRED_FLOWS);
		}
		return requiredFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__ZONES:
				return ((InternalEList<?>)getZones()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__CONDUITS:
				return ((InternalEList<?>)getConduits()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__CATALOG:
				return basicSetCatalog(null, msgs);
			case TopologyPackage.NETWORK__WAIVERS:
				return ((InternalEList<?>)getWaivers()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__REQUIRED_FLOWS:
				return ((InternalEList<?>)getRequiredFlows()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.NETWORK__SITES:
				return getSites();
			case TopologyPackage.NETWORK__ZONES:
				return getZones();
			case TopologyPackage.NETWORK__CONDUITS:
				return getConduits();
			case TopologyPackage.NETWORK__SEGMENTS:
				return getSegments();
			case TopologyPackage.NETWORK__DEVICES:
				return getDevices();
			case TopologyPackage.NETWORK__LINKS:
				return getLinks();
			case TopologyPackage.NETWORK__CATALOG:
				return getCatalog();
			case TopologyPackage.NETWORK__WAIVERS:
				return getWaivers();
			case TopologyPackage.NETWORK__REQUIRED_FLOWS:
				return getRequiredFlows();
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
			case TopologyPackage.NETWORK__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case TopologyPackage.NETWORK__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case TopologyPackage.NETWORK__CONDUITS:
				getConduits().clear();
				getConduits().addAll((Collection<? extends Conduit>)newValue);
				return;
			case TopologyPackage.NETWORK__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TopologyPackage.NETWORK__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case TopologyPackage.NETWORK__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case TopologyPackage.NETWORK__CATALOG:
				setCatalog((Catalog)newValue);
				return;
			case TopologyPackage.NETWORK__WAIVERS:
				getWaivers().clear();
				getWaivers().addAll((Collection<? extends Waiver>)newValue);
				return;
			case TopologyPackage.NETWORK__REQUIRED_FLOWS:
				getRequiredFlows().clear();
				getRequiredFlows().addAll((Collection<? extends RequiredFlow>)newValue);
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
			case TopologyPackage.NETWORK__SITES:
				getSites().clear();
				return;
			case TopologyPackage.NETWORK__ZONES:
				getZones().clear();
				return;
			case TopologyPackage.NETWORK__CONDUITS:
				getConduits().clear();
				return;
			case TopologyPackage.NETWORK__SEGMENTS:
				getSegments().clear();
				return;
			case TopologyPackage.NETWORK__DEVICES:
				getDevices().clear();
				return;
			case TopologyPackage.NETWORK__LINKS:
				getLinks().clear();
				return;
			case TopologyPackage.NETWORK__CATALOG:
				setCatalog((Catalog)null);
				return;
			case TopologyPackage.NETWORK__WAIVERS:
				getWaivers().clear();
				return;
			case TopologyPackage.NETWORK__REQUIRED_FLOWS:
				getRequiredFlows().clear();
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
			case TopologyPackage.NETWORK__SITES:
				return sites != null && !sites.isEmpty();
			case TopologyPackage.NETWORK__ZONES:
				return zones != null && !zones.isEmpty();
			case TopologyPackage.NETWORK__CONDUITS:
				return conduits != null && !conduits.isEmpty();
			case TopologyPackage.NETWORK__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TopologyPackage.NETWORK__DEVICES:
				return devices != null && !devices.isEmpty();
			case TopologyPackage.NETWORK__LINKS:
				return links != null && !links.isEmpty();
			case TopologyPackage.NETWORK__CATALOG:
				return catalog != null;
			case TopologyPackage.NETWORK__WAIVERS:
				return waivers != null && !waivers.isEmpty();
			case TopologyPackage.NETWORK__REQUIRED_FLOWS:
				return requiredFlows != null && !requiredFlows.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NetworkImpl
