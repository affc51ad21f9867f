/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Node;
import tandem.ivr.model.Prompt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prompt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.PromptImpl#getText <em>Text</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.PromptImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.PromptImpl#getAudioFile <em>Audio File</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.PromptImpl#getKnowledgeItemId <em>Knowledge Item Id</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.PromptImpl#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromptImpl extends NodeImpl implements Prompt
{
  /**
   * The default value of the '{@link #getText() <em>Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getText()
   * @generated
   * @ordered
   */
  protected static final String TEXT_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getText()
   * @generated
   * @ordered
   */
  protected String text = TEXT_EDEFAULT;

  /**
   * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLanguage()
   * @generated
   * @ordered
   */
  protected static final String LANGUAGE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLanguage()
   * @generated
   * @ordered
   */
  protected String language = LANGUAGE_EDEFAULT;

  /**
   * The default value of the '{@link #getAudioFile() <em>Audio File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudioFile()
   * @generated
   * @ordered
   */
  protected static final String AUDIO_FILE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAudioFile() <em>Audio File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAudioFile()
   * @generated
   * @ordered
   */
  protected String audioFile = AUDIO_FILE_EDEFAULT;

  /**
   * The default value of the '{@link #getKnowledgeItemId() <em>Knowledge Item Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKnowledgeItemId()
   * @generated
   * @ordered
   */
  protected static final String KNOWLEDGE_ITEM_ID_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getKnowledgeItemId() <em>Knowledge Item Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKnowledgeItemId()
   * @generated
   * @ordered
   */
  protected String knowledgeItemId = KNOWLEDGE_ITEM_ID_EDEFAULT;

  /**
   * The cached value of the '{@link #getNext() <em>Next</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNext()
   * @generated
   * @ordered
   */
  protected Node next;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected PromptImpl()
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
    return IvrPackage.Literals.PROMPT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getText()
  {
    return text;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setText(String newText)
  {
    String oldText = text;
    text = newText;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.PROMPT__TEXT, oldText, text));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLanguage()
  {
    return language;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLanguage(String newLanguage)
  {
    String oldLanguage = language;
    language = newLanguage;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.PROMPT__LANGUAGE, oldLanguage, language));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getAudioFile()
  {
    return audioFile;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAudioFile(String newAudioFile)
  {
    String oldAudioFile = audioFile;
    audioFile = newAudioFile;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.PROMPT__AUDIO_FILE, oldAudioFile, audioFile));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getKnowledgeItemId()
  {
    return knowledgeItemId;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKnowledgeItemId(String newKnowledgeItemId)
  {
    String oldKnowledgeItemId = knowledgeItemId;
    knowledgeItemId = newKnowledgeItemId;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.PROMPT__KNOWLEDGE_ITEM_ID, oldKnowledgeItemId, knowledgeItemId));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getNext()
  {
    if (next != null && next.eIsProxy())
    {
      InternalEObject oldNext = (InternalEObject)next;
      next = (Node)eResolveProxy(oldNext);
      if (next != oldNext)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.PROMPT__NEXT, oldNext, next));
      }
    }
    return next;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetNext()
  {
    return next;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setNext(Node newNext)
  {
    Node oldNext = next;
    next = newNext;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.PROMPT__NEXT, oldNext, next));
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
      case IvrPackage.PROMPT__TEXT:
        return getText();
      case IvrPackage.PROMPT__LANGUAGE:
        return getLanguage();
      case IvrPackage.PROMPT__AUDIO_FILE:
        return getAudioFile();
      case IvrPackage.PROMPT__KNOWLEDGE_ITEM_ID:
        return getKnowledgeItemId();
      case IvrPackage.PROMPT__NEXT:
        if (resolve) return getNext();
        return basicGetNext();
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
      case IvrPackage.PROMPT__TEXT:
        setText((String)newValue);
        return;
      case IvrPackage.PROMPT__LANGUAGE:
        setLanguage((String)newValue);
        return;
      case IvrPackage.PROMPT__AUDIO_FILE:
        setAudioFile((String)newValue);
        return;
      case IvrPackage.PROMPT__KNOWLEDGE_ITEM_ID:
        setKnowledgeItemId((String)newValue);
        return;
      case IvrPackage.PROMPT__NEXT:
        setNext((Node)newValue);
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
      case IvrPackage.PROMPT__TEXT:
        setText(TEXT_EDEFAULT);
        return;
      case IvrPackage.PROMPT__LANGUAGE:
        setLanguage(LANGUAGE_EDEFAULT);
        return;
      case IvrPackage.PROMPT__AUDIO_FILE:
        setAudioFile(AUDIO_FILE_EDEFAULT);
        return;
      case IvrPackage.PROMPT__KNOWLEDGE_ITEM_ID:
        setKnowledgeItemId(KNOWLEDGE_ITEM_ID_EDEFAULT);
        return;
      case IvrPackage.PROMPT__NEXT:
        setNext((Node)null);
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
      case IvrPackage.PROMPT__TEXT:
        return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
      case IvrPackage.PROMPT__LANGUAGE:
        return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
      case IvrPackage.PROMPT__AUDIO_FILE:
        return AUDIO_FILE_EDEFAULT == null ? audioFile != null : !AUDIO_FILE_EDEFAULT.equals(audioFile);
      case IvrPackage.PROMPT__KNOWLEDGE_ITEM_ID:
        return KNOWLEDGE_ITEM_ID_EDEFAULT == null ? knowledgeItemId != null : !KNOWLEDGE_ITEM_ID_EDEFAULT.equals(knowledgeItemId);
      case IvrPackage.PROMPT__NEXT:
        return next != null;
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
    result.append(" (text: ");
    result.append(text);
    result.append(", language: ");
    result.append(language);
    result.append(", audioFile: ");
    result.append(audioFile);
    result.append(", knowledgeItemId: ");
    result.append(knowledgeItemId);
    result.append(')');
    return result.toString();
  }

} //PromptImpl
