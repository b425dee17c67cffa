/**
 */
package io.github.netreview.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Medium</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.netreview.model.topology.TopologyPackage#getMedium()
 * @model
 * @generated
 */
public enum Medium implements Enumerator {
	/**
	 * The '<em><b>COPPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPPER_VALUE
	 * @generated
	 * @ordered
	 */
	COPPER(0, "COPPER", "COPPER"),

	/**
	 * The '<em><b>FIBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIBER_VALUE
	 * @generated
	 * @ordered
	 */
	FIBER(1, "FIBER", "FIBER"),

	/**
	 * The '<em><b>WIRELESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS(2, "WIRELESS", "WIRELESS"),

	/**
	 * The '<em><b>VPN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VPN_VALUE
	 * @generated
	 * @ordered
	 */
	VPN(3, "VPN", "VPN");

	/**
	 * The '<em><b>COPPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COPPER_VALUE = 0;

	/**
	 * The '<em><b>FIBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIBER_VALUE = 1;

	/**
	 * The '<em><b>WIRELESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIRELESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_VALUE = 2;

	/**
	 * The '<em><b>VPN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VPN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VPN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Medium[] VALUES_ARRAY =
		new Medium[] {
			COPPER,
			FIBER,
			WIRELESS,
			VPN,
		};

	/**
	 * A public read-only list of all the '<em><b>Medium</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Medium> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Medium result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Medium result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Medium</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Medium get(int value) {
		switch (value) {
			case COPPER_VALUE: return COPPER;
			case FIBER_VALUE: return FIBER;
			case WIRELESS_VALUE: return WIRELESS;
			case VPN_VALUE: return VPN;
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
	private Medium(int value, String name, String literal) {
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
	
} //Medium
