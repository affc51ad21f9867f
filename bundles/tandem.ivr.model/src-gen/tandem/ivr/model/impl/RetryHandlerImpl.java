/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Node;
import tandem.ivr.model.RetryHandler;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retry Handler</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.RetryHandlerImpl#getRetries <em>Retries</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.RetryHandlerImpl#getRepromptText <em>Reprompt Text</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.RetryHandlerImpl#getFinalAction <em>Final Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetryHandlerImpl extends MinimalEObjectImpl.Container implements RetryHandler
{
  /**
   * The default value of the '{@link #getRetries() <em>Retries</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRetries()
   * @generated
   * @ordered
   */
  protected static final int RETRIES_EDEFAULT = 2;

  /**
   * The cached value of the '{@link #getRetries() <em>Retries</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRetries()
   * @generated
   * @ordered
   */
  protected int retries = RETRIES_EDEFAULT;

  /**
   * The default value of the '{@link #getRepromptText() <em>Reprompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRepromptText()
   * @generated
   * @ordered
   */
  protected static final String REPROMPT_TEXT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getRepromptText() <em>Reprompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getRepromptText()
   * @generated
   * @ordered
   */
  protected String repromptText = REPROMPT_TEXT_EDEFAULT;

  /**
   * The cached value of the '{@link #getFinalAction() <em>Final Action</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFinalAction()
   * @generated
   * @ordered
   */
  protected Node finalAction;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected RetryHandlerImpl()
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
    return IvrPackage.Literals.RETRY_HANDLER;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getRetries()
  {
    return retries;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRetries(int newRetries)
  {
    int oldRetries = retries;
    retries = newRetries;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.RETRY_HANDLER__RETRIES, oldRetries, retries));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getRepromptText()
  {
    return repromptText;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setRepromptText(String newRepromptText)
  {
    String oldRepromptText = repromptText;
    repromptText = newRepromptText;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.RETRY_HANDLER__REPROMPT_TEXT, oldRepromptText, repromptText));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getFinalAction()
  {
    if (finalAction != null && finalAction.eIsProxy())
    {
      InternalEObject oldFinalAction = (InternalEObject)finalAction;
      finalAction = (Node)eResolveProxy(oldFinalAction);
      if (finalAction != oldFinalAction)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.RETRY_HANDLER__FINAL_ACTION, oldFinalAction, finalAction));
      }
    }
    return finalAction;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetFinalAction()
  {
    return finalAction;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setFinalAction(Node newFinalAction)
  {
    Node oldFinalAction = finalAction;
    finalAction = newFinalAction;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.RETRY_HANDLER__FINAL_ACTION, oldFinalAction, finalAction));
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
      case IvrPackage.RETRY_HANDLER__RETRIES:
        return getRetries();
      case IvrPackage.RETRY_HANDLER__REPROMPT_TEXT:
        return getRepromptText();
      case IvrPackage.RETRY_HANDLER__FINAL_ACTION:
        if (resolve) return getFinalAction();
        return basicGetFinalAction();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case IvrPackage.RETRY_HANDLER__RETRIES:
        setRetries((Integer)newValue);
        return;
      case IvrPackage.RETRY_HANDLER__REPROMPT_TEXT:
        setRepromptText((String)newValue);
        return;
      case IvrPackage.RETRY_HANDLER__FINAL_ACTION:
        setFinalAction((Node)newValue);
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
      case IvrPackage.RETRY_HANDLER__RETRIES:
        setRetries(RETRIES_EDEFAULT);
        return;
      case IvrPackage.RETRY_HANDLER__REPROMPT_TEXT:
        setRepromptText(REPROMPT_TEXT_EDEFAULT);
        return;
      case IvrPackage.RETRY_HANDLER__FINAL_ACTION:
        setFinalAction((Node)null);
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
      case IvrPackage.RETRY_HANDLER__RETRIES:
        return retries != RETRIES_EDEFAULT;
      case IvrPackage.RETRY_HANDLER__REPROMPT_TEXT:
        return REPROMPT_TEXT_EDEFAULT == null ? repromptText != null : !REPROMPT_TEXT_EDEFAULT.equals(repromptText);
      case IvrPackage.RETRY_HANDLER__FINAL_ACTION:
        return finalAction != null;
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
    result.append(" (retries: ");
    result.append(retries);
    result.append(", repromptText: ");
    result.append(repromptText);
    result.append(')');
    return result.toString();
  }

} //RetryHandlerImpl
