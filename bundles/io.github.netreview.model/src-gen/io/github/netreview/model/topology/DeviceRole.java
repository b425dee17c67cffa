/**
 */
package io.github.netreview.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Device Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.netreview.model.topology.TopologyPackage#getDeviceRole()
 * @model
 * @generated
 */
public enum DeviceRole implements Enumerator {
	/**
	 * The '<em><b>CAMERA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMERA_VALUE
	 * @generated
	 * @ordered
	 */
	CAMERA(0, "CAMERA", "CAMERA"),

	/**
	 * The '<em><b>NVR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network video recorder or video management system server.
	 * <!-- end-model-doc -->
	 * @see #NVR_VALUE
	 * @generated
	 * @ordered
	 */
	NVR(1, "NVR", "NVR"),

	/**
	 * The '<em><b>SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH(2, "SWITCH", "SWITCH"),

	/**
	 * The '<em><b>ROUTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTER(3, "ROUTER", "ROUTER"),

	/**
	 * The '<em><b>FIREWALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL_VALUE
	 * @generated
	 * @ordered
	 */
	FIREWALL(4, "FIREWALL", "FIREWALL"),

	/**
	 * The '<em><b>SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER(5, "SERVER", "SERVER"),

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSTATION(6, "WORKSTATION", "WORKSTATION"),

	/**
	 * The '<em><b>ACCESS POINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_POINT(7, "ACCESS_POINT", "ACCESS_POINT"),

	/**
	 * The '<em><b>DATA DIODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_DIODE_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_DIODE(8, "DATA_DIODE", "DATA_DIODE"),

	/**
	 * The '<em><b>IOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOT_VALUE
	 * @generated
	 * @ordered
	 */
	IOT(9, "IOT", "IOT");

	/**
	 * The '<em><b>CAMERA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMERA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAMERA_VALUE = 0;

	/**
	 * The '<em><b>NVR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network video recorder or video management system server.
	 * <!-- end-model-doc -->
	 * @see #NVR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NVR_VALUE = 1;

	/**
	 * The '<em><b>SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWITCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_VALUE = 2;

	/**
	 * The '<em><b>ROUTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROUTER_VALUE = 3;

	/**
	 * The '<em><b>FIREWALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIREWALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIREWALL_VALUE = 4;

	/**
	 * The '<em><b>SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_VALUE = 5;

	/**
	 * The '<em><b>WORKSTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSTATION_VALUE = 6;

	/**
	 * The '<em><b>ACCESS POINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_POINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_POINT_VALUE = 7;

	/**
	 * The '<em><b>DATA DIODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_DIODE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_DIODE_VALUE = 8;

	/**
	 * The '<em><b>IOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IOT_VALUE = 9;

	/**
	 * An array of all the '<em><b>Device Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeviceRole[] VALUES_ARRAY =
		new DeviceRole[] {
			CAMERA,
			NVR,
			SWITCH,
			ROUTER,
			FIREWALL,
			SERVER,
			WORKSTATION,
			ACCESS_POINT,
			DATA_DIODE,
			IOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Device Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeviceRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Device Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceRole get(int value) {
		switch (value) {
			case CAMERA_VALUE: return CAMERA;
			case NVR_VALUE: return NVR;
			case SWITCH_VALUE: return SWITCH;
			case ROUTER_VALUE: return ROUTER;
			case FIREWALL_VALUE: return FIREWALL;
			case SERVER_VALUE: return SERVER;
			case WORKSTATION_VALUE: return WORKSTATION;
			case ACCESS_POINT_VALUE: return ACCESS_POINT;
			case DATA_DIODE_VALUE: return DATA_DIODE;
			case IOT_VALUE: return IOT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DeviceRole(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DeviceRole
