/**
 */
package io.github.netreview.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conduit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An intended conduit (IEC 62443 sense): traffic from one zone to another (or within one zone) that the design means to allow, with its services and target security level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.Conduit#getFromZone <em>From Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Conduit#getToZone <em>To Zone</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Conduit#getServices <em>Services</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.Conduit#getSecurityLevel <em>Security Level</em>}</li>
 * </ul>
 *
 * @see io.github.netreview.model.topology.TopologyPackage#getConduit()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='Complete ValidSecurityLevel'"
 * @generated
 */
public interface Conduit extends Named {
	/**
	 * Returns the value of the '<em><b>From Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone the traffic starts in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Zone</em>' reference.
	 * @see #setFromZone(Zone)
	 * @see io.github.netreview.model.topology.TopologyPackage#getConduit_FromZone()
	 * @model required="true"
	 * @generated
	 */
	Zone getFromZone();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Conduit#getFromZone <em>From Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Zone</em>' reference.
	 * @see #getFromZone()
	 * @generated
	 */
	void setFromZone(Zone value);

	/**
	 * Returns the value of the '<em><b>To Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone the traffic goes to; the same zone as fromZone for traffic meant to stay within it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Zone</em>' reference.
	 * @see #setToZone(Zone)
	 * @see io.github.netreview.model.topology.TopologyPackage#getConduit_ToZone()
	 * @model required="true"
	 * @generated
	 */
	Zone getToZone();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Conduit#getToZone <em>To Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Zone</em>' reference.
	 * @see #getToZone()
	 * @generated
	 */
	void setToZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.netreview.model.topology.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The services the conduit is meant to carry; none means any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see io.github.netreview.model.topology.TopologyPackage#getConduit_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IEC 62443 target security level (SL-T) of the conduit, 1 to 4, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see #setSecurityLevel(Integer)
	 * @see io.github.netreview.model.topology.TopologyPackage#getConduit_SecurityLevel()
	 * @model
	 * @generated
	 */
	Integer getSecurityLevel();

	/**
	 * Sets the value of the '{@link io.github.netreview.model.topology.Conduit#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(Integer value);

} // Conduit
