/**
 */
package io.github.netreview.model.topology.impl;

import io.github.netreview.model.topology.Interface;
import io.github.netreview.model.topology.Link;
import io.github.netreview.model.topology.LinkDirection;
import io.github.netreview.model.topology.Medium;
import io.github.netreview.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.netreview.model.topology.impl.LinkImpl#getEndA <em>End A</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.LinkImpl#getEndB <em>End B</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.LinkImpl#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.LinkImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.github.netreview.model.topology.impl.LinkImpl#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends NamedImpl implements Link {
	/**
	 * The cached value of the '{@link #getEndA() <em>End A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndA()
	 * @generated
	 * @ordered
	 */
	protected Interface endA;

	/**
	 * The cached value of the '{@link #getEndB() <em>End B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndB()
	 * @generated
	 * @ordered
	 */
	protected Interface endB;

	/**
	 * The default value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected static final Medium MEDIUM_EDEFAULT = Medium.COPPER;

	/**
	 * The cached value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected Medium medium = MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LinkDirection DIRECTION_EDEFAULT = LinkDirection.BOTH;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected LinkDirection direction = DIRECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface getEndA() {
		if (endA != null && endA.eIsProxy()) {
			InternalEObject oldEndA = (InternalEObject)endA;
			endA = (Interface)eResolveProxy(oldEndA);
			if (endA != oldEndA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__END_A, oldEndA, endA));
			}
		}
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interface basicGetEndA() {
		return endA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndA(Interface newEndA) {
		Interface oldEndA = endA;
		endA = newEndA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__END_A, oldEndA, endA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface getEndB() {
		if (endB != null && endB.eIsProxy()) {
			InternalEObject oldEndB = (InternalEObject)endB;
			endB = (Interface)eResolveProxy(oldEndB);
			if (endB != oldEndB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__END_B, oldEndB, endB));
			}
		}
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Interface basicGetEndB() {
		return endB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndB(Interface newEndB) {
		Interface oldEndB = endB;
		endB = newEndB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__END_B, oldEndB, endB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Medium getMedium() {
		return medium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedium(Medium newMedium) {
		Medium oldMedium = medium;
		medium = newMedium == null ? MEDIUM_EDEFAULT : newMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__MEDIUM, oldMedium, medium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(LinkDirection newDirection) {
		LinkDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.LINK__END_A:
				if (resolve) return getEndA();
				return basicGetEndA();
			case TopologyPackage.LINK__END_B:
				if (resolve) return getEndB();
				return basicGetEndB();
			case TopologyPackage.LINK__MEDIUM:
				return getMedium();
			case TopologyPackage.LINK__ENABLED:
				return isEnabled();
			case TopologyPackage.LINK__DIRECTION:
				return getDirection();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.LINK__END_A:
				setEndA((Interface)newValue);
				return;
			case TopologyPackage.LINK__END_B:
				setEndB((Interface)newValue);
				return;
			case TopologyPackage.LINK__MEDIUM:
				setMedium((Medium)newValue);
				return;
			case TopologyPackage.LINK__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case TopologyPackage.LINK__DIRECTION:
				setDirection((LinkDirection)newValue);
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
			case TopologyPackage.LINK__END_A:
				setEndA((Interface)null);
				return;
			case TopologyPackage.LINK__END_B:
				setEndB((Interface)null);
				return;
			case TopologyPackage.LINK__MEDIUM:
				setMedium(MEDIUM_EDEFAULT);
				return;
			case TopologyPackage.LINK__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case TopologyPackage.LINK__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
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
			case TopologyPackage.LINK__END_A:
				return endA != null;
			case TopologyPackage.LINK__END_B:
				return endB != null;
			case TopologyPackage.LINK__MEDIUM:
				return medium != MEDIUM_EDEFAULT;
			case TopologyPackage.LINK__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case TopologyPackage.LINK__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (medium: ");
		result.append(medium);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //LinkImpl
