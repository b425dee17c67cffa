package io.github.netreview.analysis.forwarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.netreview.model.syntax.SyntaxException;
import io.github.netreview.model.syntax.VlanList;
import io.github.netreview.model.topology.Device;
import io.github.netreview.model.topology.DeviceRole;
import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.InterfaceMode;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Network;
import io.github.netreview.model.topology.Segment;
import io.github.netreview.model.topology.Site;
import io.github.netreview.model.topology.Zone;

/**
 * The parts of a network that forwarding depends on, copied from the EMF model into arrays indexed by device, port
 * and link, so the analysis never walks the model twice. Coordinates and names are not copied.
 */
public final class NetworkIndex {

	static final int BRIDGE = 1;
	static final int ROUTE = 2;
	static final int DIODE = 4;

	static final byte ACCESS = 0;
	static final byte TRUNK = 1;
	static final byte ROUTED = 2;

	/** An allowed-VLAN set meaning every VLAN. */
	static final int ALL_VLANS = -1;

	final Network network;
	final Device[] devices;
	final byte[] deviceKind;
	final int[] deviceSite;
	/** The ingress port of each data diode that names one, by device. */
	private final Map<Integer, Integer> diodeIngress = new HashMap<>();
	final int[] devicePortStart;

	final int[] portDevice;
	final byte[] portMode;
	/** VLAN ids (at most 4094) fit in shorts. */
	final short[] portVlan;
	/**
	 * The trunk ports, ascending, with each one's native VLAN and allowed-list number: only trunks have them, and
	 * they are few, so they are not kept per port.
	 */
	private int[] trunkPorts = new int[0];
	private short[] trunkNative = new short[0];
	private short[] trunkAllowed = new short[0];
	private int trunkCount;
	final boolean[] portEnabled;
	final List<BitSet> allowedSets = new ArrayList<>();

	/** How many links there are; links and ports are not kept, but found again in the model by number. */
	final int linkCount;
	final int[] linkA;
	final int[] linkB;
	final boolean[] linkUp;
	final byte[] linkDirection;
	/**
	 * The link of each port: -1 for none, {@link #SEVERAL} when it has several (a port cabled twice, which the model's
	 * validator reports), which are then in {@link #portsLinks}.
	 */
	private final int[] portLink;
	private final Map<Integer, IntList> portsLinks = new HashMap<>();

	/** The devices with a firewall policy, in network order (a new array when {@link #refreshPolicies()} finds others). */
	int[] policyDevices;

	final Site[] sites;
	final Segment[] segments;
	/** The zone of each segment, or null (a segment moving to another zone makes a new index). */
	final Zone[] segmentZones;
	/** The VLANs anything in the network uses; trunks carry only these. */
	int[] vlanUniverse;
	private int[] vlanUses;
	private boolean universeChanged;

	/** How many devices past a guess a lookup looks at, and how many far devices each link end remembers. */
	private static final int SCAN = 64;
	private static final int FAR_HINTS = 4;
	private static final int SEVERAL = -2;

	private IdentityIndex deviceIndex;
	private final IdentityIndex siteIndex;
	private final Map<Long, Integer> segmentBySiteAndVlan = new HashMap<>();
	private final Map<String, Integer> allowedByText = new HashMap<>();
	private IdentityIndex linkIndex;
	/**
	 * The device found last: callers mostly go through devices in network order, and looking at the few after it
	 * first skips the identity hash, which costs more than the rest of a lookup (and its index, until some lookup
	 * needs it).
	 */
	private int lastFound = -1;
	private Site lastSite;
	private int lastSiteIndex = -1;

	private NetworkIndex(Network network) {
		this.network = network;
		sites = network.getSites().toArray(new Site[0]);
		siteIndex = new IdentityIndex(sites);
		devices = network.getDevices().toArray(new Device[0]);
		int deviceCount = devices.length;
		deviceKind = new byte[deviceCount];
		deviceSite = new int[deviceCount];
		devicePortStart = new int[deviceCount + 1];
		int portCount = 0;
		for (int d = 0; d < deviceCount; d++) {
			devicePortStart[d] = portCount;
			portCount += devices[d].getInterfaces().size();
		}
		devicePortStart[deviceCount] = portCount;
		portDevice = new int[portCount];
		portMode = new byte[portCount];
		portVlan = new short[portCount];
		portEnabled = new boolean[portCount];
		IntList withPolicy = new IntList();
		for (int d = 0; d < deviceCount; d++) {
			readDevice(d);
			if (devices[d].getPolicy() != null) {
				withPolicy.add(d);
			}
		}
		policyDevices = withPolicy.toArray();
		trunkPorts = Arrays.copyOf(trunkPorts, trunkCount);
		trunkNative = Arrays.copyOf(trunkNative, trunkCount);
		trunkAllowed = Arrays.copyOf(trunkAllowed, trunkCount);
		List<Link> links = network.getLinks();
		linkCount = links.size();
		linkA = new int[linkCount];
		linkB = new int[linkCount];
		linkUp = new boolean[linkCount];
		linkDirection = new byte[linkCount];
		portLink = new int[portCount];
		Arrays.fill(portLink, -1);
		int[] linkEndHints = new int[4 + 2 * FAR_HINTS];
		Arrays.fill(linkEndHints, -1);
		for (int l = 0; l < linkCount; l++) {
			readLink(l, links.get(l), linkEndHints);
		}
		segments = network.getSegments().toArray(new Segment[0]);
		segmentZones = new Zone[segments.length];
		for (int s = 0; s < segments.length; s++) {
			Segment segment = segments[s];
			segmentZones[s] = segment.getZone();
			int site = siteIndex.get(segment.getSite());
			if (VlanList.isValidId(segment.getVlanId())) {
				segmentBySiteAndVlan.putIfAbsent(key(site, segment.getVlanId()), s);
			}
		}
		countVlanUses();
		vlanUniverse = universe();
	}

	/** Reads one port's mode, VLANs and state again after it was edited. */
	public void refresh(Interface port) {
		int p = indexOf(port);
		if (p >= 0) {
			use(portVlan[p], -1);
			use(nativeVlan(p), -1);
			readPort(p, port);
			use(portVlan[p], 1);
			use(nativeVlan(p), 1);
			if (universeChanged) {
				vlanUniverse = universe();
				universeChanged = false;
			}
		}
	}

	/** The VLANs of segments, access ports, routed ports and trunks' native VLANs: those some use is counted for. */
	private int[] universe() {
		return IntStream.rangeClosed(VlanList.MIN_VLAN, VlanList.MAX_VLAN).filter(v -> vlanUses[v] > 0).toArray();
	}

	/** How many segments and ports name each VLAN, so that a refreshed port updates the VLANs in use. */
	private void countVlanUses() {
		vlanUses = new int[VlanList.MAX_VLAN + 1];
		for (Segment segment : segments) {
			if (VlanList.isValidId(segment.getVlanId())) {
				use(segment.getVlanId(), 1);
			}
		}
		for (int p = 0; p < portCount(); p++) {
			use(portVlan[p], 1);
		}
		for (int t = 0; t < trunkCount; t++) {
			use(trunkNative[t], 1);
		}
		universeChanged = false;
	}

	private void use(int vlan, int delta) {
		if (vlan >= VlanList.MIN_VLAN && vlan <= VlanList.MAX_VLAN) {
			int before = vlanUses[vlan];
			vlanUses[vlan] += delta;
			universeChanged |= (before == 0) != (vlanUses[vlan] == 0);
		}
	}

	/** The index of {@code link}, or -1 when it is not in the network this index was made of. */
	public int indexOf(Link link) {
		if (linkIndex == null) {
			linkIndex = new IdentityIndex(network.getLinks().toArray());
		}
		return linkIndex.get(link);
	}

	/** Finds again which devices have a firewall policy, after a policy was added to a device or taken from it. */
	public void refreshPolicies() {
		IntList withPolicy = new IntList();
		for (int d = 0; d < devices.length; d++) {
			if (devices[d].getPolicy() != null) {
				withPolicy.add(d);
			}
		}
		policyDevices = withPolicy.toArray();
	}

	/** Reads one link's state and direction again after it was edited (its ends must not have changed). */
	public void refresh(Link link) {
		int l = indexOf(link);
		if (l >= 0) {
			linkUp[l] = link.isEnabled() && linkA[l] >= 0 && linkB[l] >= 0 && linkA[l] != linkB[l];
			LinkDirection direction = link.getDirection();
			linkDirection[l] = (byte) (direction == LinkDirection.FROM_A ? 1 : direction == LinkDirection.FROM_B ? 2 : 0);
		}
	}

	/** Copies the model into arrays; the network must not change while this runs. */
	public static NetworkIndex of(Network network) {
		return new NetworkIndex(network);
	}

	private void readDevice(int d) {
		Device device = devices[d];
		DeviceRole role = device.getRole();
		int kind = 0;
		if (role == DeviceRole.SWITCH || role == DeviceRole.ACCESS_POINT) {
			kind |= BRIDGE;
		}
		if (device.isRouting()) {
			kind |= ROUTE;
		}
		if (role == DeviceRole.DATA_DIODE) {
			kind = DIODE;
		}
		deviceKind[d] = (byte) kind;
		Site site = device.getSite();
		if (site != lastSite) {
			lastSite = site;
			lastSiteIndex = siteIndex.get(site);
		}
		deviceSite[d] = lastSiteIndex;
		Interface ingress = device.getIngress();
		List<Interface> interfaces = device.getInterfaces();
		for (int i = 0; i < interfaces.size(); i++) {
			int p = devicePortStart[d] + i;
			Interface port = interfaces.get(i);
			portDevice[p] = d;
			readPort(p, port);
			if (port == ingress) {
				diodeIngress.put(d, p);
			}
		}
	}

	private void readPort(int p, Interface port) {
		InterfaceMode mode = port.getMode();
		portMode[p] = mode == InterfaceMode.TRUNK ? TRUNK : mode == InterfaceMode.ROUTED ? ROUTED : ACCESS;
		portVlan[p] = vlanOf(port.getAccessVlan());
		portEnabled[p] = port.isEnabled();
		if (portMode[p] == TRUNK) {
			putTrunk(p, vlanOf(port.getNativeVlan()), (short) allowedSet(port.getAllowedVlans()));
		} else if (trunkCount > 0 && trunkPorts[trunkCount - 1] >= p) {
			removeTrunk(p); // only an edited port can have been a trunk: ports are first read in ascending order
		}
	}

	/**
	 * A port's VLAN as stored: 0 when unset or negative (both mean the default VLAN), and ids beyond a short, which
	 * no network has, as the largest short; the model's validator reports every id out of range.
	 */
	private static short vlanOf(Integer vlan) {
		return vlan == null || vlan < 0 ? 0 : (short) Math.min(vlan, Short.MAX_VALUE);
	}

	private int allowedSet(String text) {
		if (text == null) {
			return ALL_VLANS;
		}
		String key = text.strip();
		if (key.isEmpty() || key.equalsIgnoreCase("all")) {
			return ALL_VLANS;
		}
		Integer known = allowedByText.get(key);
		if (known != null) {
			return known;
		}
		BitSet vlans;
		try {
			vlans = VlanList.parse(key).toBitSet();
		} catch (SyntaxException e) {
			vlans = new BitSet(); // a malformed list carries nothing; the model's validator reports it
		}
		allowedSets.add(vlans);
		allowedByText.put(key, allowedSets.size() - 1);
		return allowedSets.size() - 1;
	}

	private void readLink(int l, Link link, int[] linkEndHints) {
		int a = portNear(link.getEndA(), 0, linkEndHints);
		int b = portNear(link.getEndB(), 1, linkEndHints);
		linkA[l] = a;
		linkB[l] = b;
		linkUp[l] = link.isEnabled() && a >= 0 && b >= 0 && a != b;
		LinkDirection direction = link.getDirection();
		linkDirection[l] = (byte) (direction == LinkDirection.FROM_A ? 1 : direction == LinkDirection.FROM_B ? 2 : 0);
		if (a >= 0 && b >= 0) {
			addLink(a, l);
			addLink(b, l);
		}
	}

	private void addLink(int p, int l) {
		if (portLink[p] == -1) {
			portLink[p] = l;
			return;
		}
		if (portLink[p] != SEVERAL) {
			IntList several = new IntList();
			several.add(portLink[p]);
			portsLinks.put(p, several);
			portLink[p] = SEVERAL;
		}
		portsLinks.get(p).add(l);
	}

	/** The links of port {@code p}, in the network's order. */
	int[] linksOf(int p) {
		int l = portLink[p];
		return l == -1 ? new int[0] : l == SEVERAL ? portsLinks.get(p).toArray() : new int[] { l };
	}

	/** Whether port {@code p} is cabled. */
	boolean cabled(int p) {
		return portLink[p] != -1;
	}

	private static long key(int site, int vlan) {
		return ((long) (site + 1) << 13) | vlan;
	}

	/** The segment of {@code vlan} at {@code site} (a site's own before a network-wide one), or -1. */
	int segmentOf(int site, int vlan) {
		Integer segment = segmentBySiteAndVlan.get(key(site, vlan));
		if (segment == null && site >= 0) {
			segment = segmentBySiteAndVlan.get(key(-1, vlan));
		}
		return segment == null ? -1 : segment;
	}

	public int deviceCount() {
		return devices.length;
	}

	/** Device {@code d}, in network order. */
	public Device device(int d) {
		return devices[d];
	}

	public int linkCount() {
		return linkCount;
	}

	/** Link {@code l} of the model, in network order. */
	public Link linkAt(int l) {
		return link(l);
	}

	/** The device at end A (or B) of link {@code l}, by its index; -1 when that end is no interface of a device. */
	public int linkDevice(int l, boolean endA) {
		int p = endA ? linkA[l] : linkB[l];
		return p < 0 ? -1 : portDevice[p];
	}

	/** The links cabled to {@code port}, in network order. */
	public List<Link> linksAt(Interface port) {
		int p = indexOf(port);
		if (p < 0) {
			return List.of();
		}
		int[] links = linksOf(p);
		List<Link> result = new ArrayList<>(links.length);
		for (int l : links) {
			result.add(link(l));
		}
		return result;
	}

	public int portCount() {
		return devicePortStart[devices.length];
	}

	/** The index of {@code device}, or -1 when it is not in the network this index was made of. */
	public int indexOf(Device device) {
		int found = near(device, lastFound);
		if (found < 0) {
			found = identities().get(device);
		}
		if (found >= 0) {
			lastFound = found;
		}
		return found;
	}

	/** The index of {@code device} if it is among the {@link #SCAN} devices from {@code from} on, or -1. */
	private int near(Device device, int from) {
		int start = Math.max(from, 0);
		int end = Math.min(devices.length, start + SCAN);
		for (int d = start; d < end; d++) {
			if (devices[d] == device) {
				return d;
			}
		}
		return -1;
	}

	/** The identity index of the devices, made at the first lookup that the cheaper guesses miss. */
	private IdentityIndex identities() {
		IdentityIndex identities = deviceIndex;
		if (identities == null) {
			identities = new IdentityIndex(devices);
			deviceIndex = identities;
		}
		return identities;
	}

	/**
	 * The index of {@code port}. Links are mostly listed device by device and port by port, so each end's device is
	 * usually a little after the previous link's same or other end, and its port the one after that end's last:
	 * {@code hints} holds each end's last device and port, then each end's last few far devices.
	 */
	private int portNear(Interface port, int end, int[] hints) {
		if (port == null) {
			return -1;
		}
		Device device = port.getDevice();
		int d = near(device, hints[end]);
		if (d < 0) {
			d = near(device, hints[1 - end]);
		}
		if (d < 0) {
			d = recentlyFar(device, hints, end);
		}
		if (d < 0) {
			return -1;
		}
		hints[end] = d;
		int last = hints[end + 2];
		if (last >= 0 && last + 1 < devicePortStart[d + 1] && last + 1 >= devicePortStart[d] && port(last + 1) == port) {
			hints[end + 2] = last + 1;
			return last + 1;
		}
		int p = portOf(d, port);
		hints[end + 2] = p;
		return p;
	}

	/**
	 * The index of a device neither end's last device is near: one of the few such devices this end met last (an
	 * uplink switch many cables lead to), or else looked up by identity, and then remembered among them.
	 */
	private int recentlyFar(Device device, int[] hints, int end) {
		for (int i = 4 + end * FAR_HINTS; i < 4 + (end + 1) * FAR_HINTS; i++) {
			if (hints[i] >= 0 && devices[hints[i]] == device) {
				return hints[i];
			}
		}
		int d = identities().get(device);
		if (d >= 0) {
			int first = 4 + end * FAR_HINTS;
			System.arraycopy(hints, first, hints, first + 1, FAR_HINTS - 1);
			hints[first] = d;
		}
		return d;
	}

	private int portOf(int d, Interface port) {
		int at = devices[d].getInterfaces().indexOf(port);
		return at < 0 ? -1 : devicePortStart[d] + at;
	}

	/** Port {@code p} of the model. */
	Interface port(int p) {
		int d = portDevice[p];
		return devices[d].getInterfaces().get(p - devicePortStart[d]);
	}

	/** Link {@code l} of the model. */
	Link link(int l) {
		return network.getLinks().get(l);
	}

	/** The index of {@code port}: its device's first port plus its place among the device's interfaces; -1 if unknown. */
	public int indexOf(Interface port) {
		if (port == null) {
			return -1;
		}
		int d = indexOf(port.getDevice());
		return d < 0 ? -1 : portOf(d, port);
	}

	/** The place of port {@code p} among the trunk ports, or a negative number when it is no trunk. */
	int trunkSlot(int p) {
		return Arrays.binarySearch(trunkPorts, 0, trunkCount, p);
	}

	/** The place of each port among the trunk ports (-1 for the others), for a pass over all ports. */
	int[] trunkSlots() {
		int[] slots = new int[portCount()];
		Arrays.fill(slots, -1);
		for (int t = 0; t < trunkCount; t++) {
			slots[trunkPorts[t]] = t;
		}
		return slots;
	}

	/** The native VLAN of the trunk port in {@code slot}, 0 when it has none (or the slot is negative: no trunk). */
	int nativeVlanAt(int slot) {
		return slot < 0 ? 0 : trunkNative[slot];
	}

	/** The VLANs the trunk port in {@code slot} carries tagged, or null for all of them (and for no trunk). */
	BitSet allowedVlansAt(int slot) {
		return slot < 0 || trunkAllowed[slot] == ALL_VLANS ? null : allowedSets.get(trunkAllowed[slot]);
	}

	/** The native VLAN of trunk port {@code p}, 0 when it has none or is no trunk. */
	int nativeVlan(int p) {
		return nativeVlanAt(trunkSlot(p));
	}

	private void putTrunk(int p, short nativeVlan, short allowed) {
		int at = trunkCount == 0 || trunkPorts[trunkCount - 1] < p ? -trunkCount - 1 : Arrays.binarySearch(trunkPorts, 0, trunkCount, p);
		if (at < 0) {
			at = -at - 1;
			if (trunkCount == trunkPorts.length) {
				int size = Math.max(16, trunkCount * 2);
				trunkPorts = Arrays.copyOf(trunkPorts, size);
				trunkNative = Arrays.copyOf(trunkNative, size);
				trunkAllowed = Arrays.copyOf(trunkAllowed, size);
			}
			System.arraycopy(trunkPorts, at, trunkPorts, at + 1, trunkCount - at);
			System.arraycopy(trunkNative, at, trunkNative, at + 1, trunkCount - at);
			System.arraycopy(trunkAllowed, at, trunkAllowed, at + 1, trunkCount - at);
			trunkCount++;
			trunkPorts[at] = p;
		}
		trunkNative[at] = nativeVlan;
		trunkAllowed[at] = allowed;
	}

	private void removeTrunk(int p) {
		int at = Arrays.binarySearch(trunkPorts, 0, trunkCount, p);
		if (at >= 0) {
			System.arraycopy(trunkPorts, at + 1, trunkPorts, at, trunkCount - at - 1);
			System.arraycopy(trunkNative, at + 1, trunkNative, at, trunkCount - at - 1);
			System.arraycopy(trunkAllowed, at + 1, trunkAllowed, at, trunkCount - at - 1);
			trunkCount--;
		}
	}

	boolean bridges(int device) {
		return (deviceKind[device] & BRIDGE) != 0;
	}

	boolean routes(int device) {
		return (deviceKind[device] & ROUTE) != 0;
	}

	/** The ingress port of diode {@code d}, or -1 when it names none. */
	int ingressOf(int d) {
		return diodeIngress.getOrDefault(d, -1);
	}


	boolean isDiode(int device) {
		return (deviceKind[device] & DIODE) != 0;
	}

	/** The port at the other end of link {@code l} from {@code p}. */
	int peer(int l, int p) {
		return linkA[l] == p ? linkB[l] : linkA[l];
	}

	/** Whether frames may travel over link {@code l} from port {@code from}. */
	boolean sends(int l, int from) {
		byte direction = linkDirection[l];
		return direction == 0 || (direction == 1 && linkA[l] == from) || (direction == 2 && linkB[l] == from);
	}
}
