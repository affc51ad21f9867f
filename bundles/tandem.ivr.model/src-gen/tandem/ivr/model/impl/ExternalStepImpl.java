/**
 */
package tandem.ivr.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.ivr.model.ExternalStep;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.StepExit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>External Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.ExternalStepImpl#getPlatformType <em>Platform Type</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.ExternalStepImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.ExternalStepImpl#getExits <em>Exits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExternalStepImpl extends NodeImpl implements ExternalStep
{
  /**
   * The default value of the '{@link #getPlatformType() <em>Platform Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPlatformType()
   * @generated
   * @ordered
   */
  protected static final String PLATFORM_TYPE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPlatformType() <em>Platform Type</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPlatformType()
   * @generated
   * @ordered
   */
  protected String platformType = PLATFORM_TYPE_EDEFAULT;

  /**
   * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDefinition()
   * @generated
   * @ordered
   */
  protected static final String DEFINITION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getDefinition()
   * @generated
   * @ordered
   */
  protected String definition = DEFINITION_EDEFAULT;

  /**
   * The cached value of the '{@link #getExits() <em>Exits</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getExits()
   * @generated
   * @ordered
   */
  protected EList<StepExit> exits;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected ExternalStepImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return IvrPackage.Literals.EXTERNAL_STEP;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPlatformType()
  {
    return platformType;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPlatformType(String newPlatformType)
  {
    String oldPlatformType = platformType;
    platformType = newPlatformType;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.EXTERNAL_STEP__PLATFORM_TYPE, oldPlatformType, platformType));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getDefinition()
  {
    return definition;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setDefinition(String newDefinition)
  {
    String oldDefinition = definition;
    definition = newDefinition;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.EXTERNAL_STEP__DEFINITION, oldDefinition, definition));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<StepExit> getExits()
  {
    if (exits == null)
    {
      exits = new EObjectContainmentEList<StepExit>(StepExit.class, this, IvrPackage.EXTERNAL_STEP__EXITS);
    }
    return exits;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
  {
    switch (featureID)
    {
      case IvrPackage.EXTERNAL_STEP__EXITS:
        return ((InternalEList<?>)getExits()).basicRemove(otherEnd, msgs);
    }
    return super.eInverseRemove(otherEnd, featureID, msgs);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case IvrPackage.EXTERNAL_STEP__PLATFORM_TYPE:
        return getPlatformType();
      case IvrPackage.EXTERNAL_STEP__DEFINITION:
        return getDefinition();
      case IvrPackage.EXTERNAL_STEP__EXITS:
        return getExits();
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
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case IvrPackage.EXTERNAL_STEP__PLATFORM_TYPE:
        setPlatformType((String)newValue);
        return;
      case IvrPackage.EXTERNAL_STEP__DEFINITION:
        setDefinition((String)newValue);
        return;
      case IvrPackage.EXTERNAL_STEP__EXITS:
        getExits().clear();
        getExits().addAll((Collection<? extends StepExit>)newValue);
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
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case IvrPackage.EXTERNAL_STEP__PLATFORM_TYPE:
        setPlatformType(PLATFORM_TYPE_EDEFAULT);
        return;
      case IvrPackage.EXTERNAL_STEP__DEFINITION:
        setDefinition(DEFINITION_EDEFAULT);
        return;
      case IvrPackage.EXTERNAL_STEP__EXITS:
        getExits().clear();
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
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case IvrPackage.EXTERNAL_STEP__PLATFORM_TYPE:
        return PLATFORM_TYPE_EDEFAULT == null ? platformType != null : !PLATFORM_TYPE_EDEFAULT.equals(platformType);
      case IvrPackage.EXTERNAL_STEP__DEFINITION:
        return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
      case IvrPackage.EXTERNAL_STEP__EXITS:
        return exits != null && !exits.isEmpty();
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (platformType: ");
    result.append(platformType);
    result.append(", definition: ");
    result.append(definition);
    result.append(')');
    return result.toString();
  }

} //ExternalStepImpl
