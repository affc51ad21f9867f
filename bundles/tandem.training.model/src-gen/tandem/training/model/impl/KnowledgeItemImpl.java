/**
 */
package tandem.training.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import tandem.campaign.model.Campaign;

import tandem.core.model.impl.NamedElementImpl;

import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Knowledge Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getApprovalDate <em>Approval Date</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link tandem.training.model.impl.KnowledgeItemImpl#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnowledgeItemImpl extends NamedElementImpl implements KnowledgeItem
{
  /**
   * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected static final KnowledgeKind KIND_EDEFAULT = KnowledgeKind.SCRIPT;

  /**
   * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKind()
   * @generated
   * @ordered
   */
  protected KnowledgeKind kind = KIND_EDEFAULT;

  /**
   * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected static final String OWNER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOwner()
   * @generated
   * @ordered
   */
  protected String owner = OWNER_EDEFAULT;

  /**
   * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected static final String VERSION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getVersion()
   * @generated
   * @ordered
   */
  protected String version = VERSION_EDEFAULT;

  /**
   * The default value of the '{@link #getApprovalDate() <em>Approval Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getApprovalDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate APPROVAL_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getApprovalDate() <em>Approval Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getApprovalDate()
   * @generated
   * @ordered
   */
  protected LocalDate approvalDate = APPROVAL_DATE_EDEFAULT;

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
   * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQuestion()
   * @generated
   * @ordered
   */
  protected static final String QUESTION_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQuestion()
   * @generated
   * @ordered
   */
  protected String question = QUESTION_EDEFAULT;

  /**
   * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswer()
   * @generated
   * @ordered
   */
  protected static final String ANSWER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getAnswer()
   * @generated
   * @ordered
   */
  protected String answer = ANSWER_EDEFAULT;

  /**
   * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaigns()
   * @generated
   * @ordered
   */
  protected EList<Campaign> campaigns;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected KnowledgeItemImpl()
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
    return TrainingPackage.Literals.KNOWLEDGE_ITEM;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public KnowledgeKind getKind()
  {
    return kind;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setKind(KnowledgeKind newKind)
  {
    KnowledgeKind oldKind = kind;
    kind = newKind == null ? KIND_EDEFAULT : newKind;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__KIND, oldKind, kind));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getOwner()
  {
    return owner;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOwner(String newOwner)
  {
    String oldOwner = owner;
    owner = newOwner;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__OWNER, oldOwner, owner));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getVersion()
  {
    return version;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setVersion(String newVersion)
  {
    String oldVersion = version;
    version = newVersion;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__VERSION, oldVersion, version));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getApprovalDate()
  {
    return approvalDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setApprovalDate(LocalDate newApprovalDate)
  {
    LocalDate oldApprovalDate = approvalDate;
    approvalDate = newApprovalDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE, oldApprovalDate, approvalDate));
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
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__TEXT, oldText, text));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getQuestion()
  {
    return question;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setQuestion(String newQuestion)
  {
    String oldQuestion = question;
    question = newQuestion;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__QUESTION, oldQuestion, question));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getAnswer()
  {
    return answer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setAnswer(String newAnswer)
  {
    String oldAnswer = answer;
    answer = newAnswer;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.KNOWLEDGE_ITEM__ANSWER, oldAnswer, answer));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Campaign> getCampaigns()
  {
    if (campaigns == null)
    {
      campaigns = new EObjectResolvingEList<Campaign>(Campaign.class, this, TrainingPackage.KNOWLEDGE_ITEM__CAMPAIGNS);
    }
    return campaigns;
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
      case TrainingPackage.KNOWLEDGE_ITEM__KIND:
        return getKind();
      case TrainingPackage.KNOWLEDGE_ITEM__OWNER:
        return getOwner();
      case TrainingPackage.KNOWLEDGE_ITEM__VERSION:
        return getVersion();
      case TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE:
        return getApprovalDate();
      case TrainingPackage.KNOWLEDGE_ITEM__TEXT:
        return getText();
      case TrainingPackage.KNOWLEDGE_ITEM__QUESTION:
        return getQuestion();
      case TrainingPackage.KNOWLEDGE_ITEM__ANSWER:
        return getAnswer();
      case TrainingPackage.KNOWLEDGE_ITEM__CAMPAIGNS:
        return getCampaigns();
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
      case TrainingPackage.KNOWLEDGE_ITEM__KIND:
        setKind((KnowledgeKind)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__OWNER:
        setOwner((String)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__VERSION:
        setVersion((String)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE:
        setApprovalDate((LocalDate)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__TEXT:
        setText((String)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__QUESTION:
        setQuestion((String)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__ANSWER:
        setAnswer((String)newValue);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__CAMPAIGNS:
        getCampaigns().clear();
        getCampaigns().addAll((Collection<? extends Campaign>)newValue);
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
      case TrainingPackage.KNOWLEDGE_ITEM__KIND:
        setKind(KIND_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__OWNER:
        setOwner(OWNER_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__VERSION:
        setVersion(VERSION_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE:
        setApprovalDate(APPROVAL_DATE_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__TEXT:
        setText(TEXT_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__QUESTION:
        setQuestion(QUESTION_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__ANSWER:
        setAnswer(ANSWER_EDEFAULT);
        return;
      case TrainingPackage.KNOWLEDGE_ITEM__CAMPAIGNS:
        getCampaigns().clear();
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
      case TrainingPackage.KNOWLEDGE_ITEM__KIND:
        return kind != KIND_EDEFAULT;
      case TrainingPackage.KNOWLEDGE_ITEM__OWNER:
        return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
      case TrainingPackage.KNOWLEDGE_ITEM__VERSION:
        return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
      case TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE:
        return APPROVAL_DATE_EDEFAULT == null ? approvalDate != null : !APPROVAL_DATE_EDEFAULT.equals(approvalDate);
      case TrainingPackage.KNOWLEDGE_ITEM__TEXT:
        return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
      case TrainingPackage.KNOWLEDGE_ITEM__QUESTION:
        return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
      case TrainingPackage.KNOWLEDGE_ITEM__ANSWER:
        return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
      case TrainingPackage.KNOWLEDGE_ITEM__CAMPAIGNS:
        return campaigns != null && !campaigns.isEmpty();
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
    result.append(" (kind: ");
    result.append(kind);
    result.append(", owner: ");
    result.append(owner);
    result.append(", version: ");
    result.append(version);
    result.append(", approvalDate: ");
    result.append(approvalDate);
    result.append(", text: ");
    result.append(text);
    result.append(", question: ");
    result.append(question);
    result.append(", answer: ");
    result.append(answer);
    result.append(')');
    return result.toString();
  }

} //KnowledgeItemImpl
