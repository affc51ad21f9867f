/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.ivr.model.CallerInputNode;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.RetryHandler;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Caller Input Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.CallerInputNodeImpl#getPromptText <em>Prompt Text</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.CallerInputNodeImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.CallerInputNodeImpl#getNoMatch <em>No Match</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.CallerInputNodeImpl#getNoInput <em>No Input</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CallerInputNodeImpl extends NodeImpl implements CallerInputNode
{
  /**
   * The default value of the '{@link #getPromptText() <em>Prompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPromptText()
   * @generated
   * @ordered
   */
  protected static final String PROMPT_TEXT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPromptText() <em>Prompt Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPromptText()
   * @generated
   * @ordered
   */
  protected String promptText = PROMPT_TEXT_EDEFAULT;

  /**
   * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeoutSeconds()
   * @generated
   * @ordered
   */
  protected static final int TIMEOUT_SECONDS_EDEFAULT = 5;

  /**
   * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTimeoutSeconds()
   * @generated
   * @ordered
   */
  protected int timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

  /**
   * The cached value of the '{@link #getNoMatch() <em>No Match</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNoMatch()
   * @generated
   * @ordered
   */
  protected RetryHandler noMatch;

  /**
   * The cached value of the '{@link #getNoInput() <em>No Input</em>}' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNoInput()
   * @generated
   * @ordered
   */
  protected RetryHandler noInput;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CallerInputNodeImpl()
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
    return IvrPackage.Literals.CALLER_INPUT_NODE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPromptText()
  {
    return promptText;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPromptText(String newPromptText)
  {
    String oldPromptText = promptText;
    promptText = newPromptText;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__PROMPT_TEXT, oldPromptText, promptText));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getTimeoutSeconds()
  {
    return timeoutSeconds;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTimeoutSeconds(int newTimeoutSeconds)
  {
    int oldTimeoutSeconds = timeoutSeconds;
    timeoutSeconds = newTimeoutSeconds;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RetryHandler getNoMatch()
  {
    return noMatch;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public NotificationChain basicSetNoMatch(RetryHandler newNoMatch, NotificationChain msgs)
  {
    RetryHandler oldNoMatch = noMatch;
    noMatch = newNoMatch;
    if (eNotificationRequired())
    {
      ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__NO_MATCH, oldNoMatch, newNoMatch);
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
  public void setNoMatch(RetryHandler newNoMatch)
  {
    if (newNoMatch != noMatch)
    {
      NotificationChain msgs = null;
      if (noMatch != null)
        msgs = ((InternalEObject)noMatch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - IvrPackage.CALLER_INPUT_NODE__NO_MATCH, null, msgs);
      if (newNoMatch != null)
        msgs = ((InternalEObject)newNoMatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - IvrPackage.CALLER_INPUT_NODE__NO_MATCH, null, msgs);
      msgs = basicSetNoMatch(newNoMatch, msgs);
      if (msgs != null) msgs.dispatch();
    }
    else if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__NO_MATCH, newNoMatch, newNoMatch));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public RetryHandler getNoInput()
  {
    return noInput;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public NotificationChain basicSetNoInput(RetryHandler newNoInput, NotificationChain msgs)
  {
    RetryHandler oldNoInput = noInput;
    noInput = newNoInput;
    if (eNotificationRequired())
    {
      ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__NO_INPUT, oldNoInput, newNoInput);
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
  public void setNoInput(RetryHandler newNoInput)
  {
    if (newNoInput != noInput)
    {
      NotificationChain msgs = null;
      if (noInput != null)
        msgs = ((InternalEObject)noInput).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - IvrPackage.CALLER_INPUT_NODE__NO_INPUT, null, msgs);
      if (newNoInput != null)
        msgs = ((InternalEObject)newNoInput).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - IvrPackage.CALLER_INPUT_NODE__NO_INPUT, null, msgs);
      msgs = basicSetNoInput(newNoInput, msgs);
      if (msgs != null) msgs.dispatch();
    }
    else if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.CALLER_INPUT_NODE__NO_INPUT, newNoInput, newNoInput));
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
      case IvrPackage.CALLER_INPUT_NODE__NO_MATCH:
        return basicSetNoMatch(null, msgs);
      case IvrPackage.CALLER_INPUT_NODE__NO_INPUT:
        return basicSetNoInput(null, msgs);
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
      case IvrPackage.CALLER_INPUT_NODE__PROMPT_TEXT:
        return getPromptText();
      case IvrPackage.CALLER_INPUT_NODE__TIMEOUT_SECONDS:
        return getTimeoutSeconds();
      case IvrPackage.CALLER_INPUT_NODE__NO_MATCH:
        return getNoMatch();
      case IvrPackage.CALLER_INPUT_NODE__NO_INPUT:
        return getNoInput();
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
      case IvrPackage.CALLER_INPUT_NODE__PROMPT_TEXT:
        setPromptText((String)newValue);
        return;
      case IvrPackage.CALLER_INPUT_NODE__TIMEOUT_SECONDS:
        setTimeoutSeconds((Integer)newValue);
        return;
      case IvrPackage.CALLER_INPUT_NODE__NO_MATCH:
        setNoMatch((RetryHandler)newValue);
        return;
      case IvrPackage.CALLER_INPUT_NODE__NO_INPUT:
        setNoInput((RetryHandler)newValue);
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
      case IvrPackage.CALLER_INPUT_NODE__PROMPT_TEXT:
        setPromptText(PROMPT_TEXT_EDEFAULT);
        return;
      case IvrPackage.CALLER_INPUT_NODE__TIMEOUT_SECONDS:
        setTimeoutSeconds(TIMEOUT_SECONDS_EDEFAULT);
        return;
      case IvrPackage.CALLER_INPUT_NODE__NO_MATCH:
        setNoMatch((RetryHandler)null);
        return;
      case IvrPackage.CALLER_INPUT_NODE__NO_INPUT:
        setNoInput((RetryHandler)null);
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
      case IvrPackage.CALLER_INPUT_NODE__PROMPT_TEXT:
        return PROMPT_TEXT_EDEFAULT == null ? promptText != null : !PROMPT_TEXT_EDEFAULT.equals(promptText);
      case IvrPackage.CALLER_INPUT_NODE__TIMEOUT_SECONDS:
        return timeoutSeconds != TIMEOUT_SECONDS_EDEFAULT;
      case IvrPackage.CALLER_INPUT_NODE__NO_MATCH:
        return noMatch != null;
      case IvrPackage.CALLER_INPUT_NODE__NO_INPUT:
        return noInput != null;
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
    result.append(" (promptText: ");
    result.append(promptText);
    result.append(", timeoutSeconds: ");
    result.append(timeoutSeconds);
    result.append(')');
    return result.toString();
  }

} //CallerInputNodeImpl
