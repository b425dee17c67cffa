/**
 */
package io.github.netreview.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A security zone (IEC 62443 sense): segments and devices with the same protection needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Zone#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Zone#isCore <em>Core</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Zone#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Zone#getSite <em>Site</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getZone()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='ValidSecurityLevel'"
 * @generated
 */
public interface Zone extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CORE"</code>.
	 * The literals are from the enumeration {@link io.github.netreview.model.topology.ZoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the zone holds. Unset means nobody said: the zone is then judged core (the safe assumption) and the analysis reports it as a coverage gap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.netreview.model.topology.ZoneKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ZoneKind)
	 * @see io.github.netreview.model.topology.TopologyPackage#getZone_Kind()
	 * @model default="CORE" unsettable="true"
	 * @generated
	 */
	ZoneKind getKind();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Zone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.netreview.model.topology.ZoneKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ZoneKind value);

	/**
	 * Unsets the value of the '{@link io.github.netreview.model.topology.Zone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ZoneKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link io.github.netreview.model.topology.Zone#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ZoneKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this zone is part of the core network that restricted devices must never reach. Unless set explicitly, true exactly for zones of kind CORE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' attribute.
	 * @see #isSetCore()
	 * @see #unsetCore()
	 * @see #setCore(boolean)
	 * @see io.github.netreview.model.topology.TopologyPackage#getZone_Core()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isCore();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Zone#isCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' attribute.
	 * @see #isSetCore()
	 * @see #unsetCore()
	 * @see #isCore()
	 * @generated
	 */
	void setCore(boolean value);

	/**
	 * Unsets the value of the '{@link io.github.netreview.model.topology.Zone#isCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCore()
	 * @see #isCore()
	 * @see #setCore(boolean)
	 * @generated
	 */
	void unsetCore();

	/**
	 * Returns whether the value of the '{@link io.github.netreview.model.topology.Zone#isCore <em>Core</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Core</em>' attribute is set.
	 * @see #unsetCore()
	 * @see #isCore()
	 * @see #setCore(boolean)
	 * @generated
	 */
	boolean isSetCore();

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IEC 62443 target security level (SL-T), 1 to 4, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see #setSecurityLevel(Integer)
	 * @see io.github.netreview.model.topology.TopologyPackage#getZone_SecurityLevel()
	 * @model
	 * @generated
	 */
	Integer getSecurityLevel();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Zone#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(Integer value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The site this zone belongs to, or unset for a zone that spans sites.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see io.github.netreview.model.topology.TopologyPackage#getZone_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Zone#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

} // Zone
