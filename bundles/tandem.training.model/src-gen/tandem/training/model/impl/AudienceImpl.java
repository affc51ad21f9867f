/**
 */
package tandem.training.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.core.model.Queue;
import tandem.core.model.Team;

import tandem.core.model.impl.IdentifiedImpl;

import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.TrainingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Audience</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getHeadcount <em>Headcount</em>}</li>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getCompletedCount <em>Completed Count</em>}</li>
 *   <li>{@link tandem.training.model.impl.AudienceImpl#getCompletionDate <em>Completion Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AudienceImpl extends IdentifiedImpl implements Audience
{
  /**
   * The cached value of the '{@link #getQueue() <em>Queue</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getQueue()
   * @generated
   * @ordered
   */
  protected Queue queue;

  /**
   * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getTeam()
   * @generated
   * @ordered
   */
  protected Team team;

  /**
   * The default value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHeadcount()
   * @generated
   * @ordered
   */
  protected static final int HEADCOUNT_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getHeadcount() <em>Headcount</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHeadcount()
   * @generated
   * @ordered
   */
  protected int headcount = HEADCOUNT_EDEFAULT;

  /**
   * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected static final CompletionStatus STATUS_EDEFAULT = CompletionStatus.PLANNED;

  /**
   * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getStatus()
   * @generated
   * @ordered
   */
  protected CompletionStatus status = STATUS_EDEFAULT;

  /**
   * The default value of the '{@link #getCompletedCount() <em>Completed Count</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCompletedCount()
   * @generated
   * @ordered
   */
  protected static final int COMPLETED_COUNT_EDEFAULT = 0;

  /**
   * The cached value of the '{@link #getCompletedCount() <em>Completed Count</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCompletedCount()
   * @generated
   * @ordered
   */
  protected int completedCount = COMPLETED_COUNT_EDEFAULT;

  /**
   * The default value of the '{@link #getCompletionDate() <em>Completion Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCompletionDate()
   * @generated
   * @ordered
   */
  protected static final LocalDate COMPLETION_DATE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCompletionDate() <em>Completion Date</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCompletionDate()
   * @generated
   * @ordered
   */
  protected LocalDate completionDate = COMPLETION_DATE_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected AudienceImpl()
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
    return TrainingPackage.Literals.AUDIENCE;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Queue getQueue()
  {
    if (queue != null && queue.eIsProxy())
    {
      InternalEObject oldQueue = (InternalEObject)queue;
      queue = (Queue)eResolveProxy(oldQueue);
      if (queue != oldQueue)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.AUDIENCE__QUEUE, oldQueue, queue));
      }
    }
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Queue basicGetQueue()
  {
    return queue;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setQueue(Queue newQueue)
  {
    Queue oldQueue = queue;
    queue = newQueue;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__QUEUE, oldQueue, queue));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Team getTeam()
  {
    if (team != null && team.eIsProxy())
    {
      InternalEObject oldTeam = (InternalEObject)team;
      team = (Team)eResolveProxy(oldTeam);
      if (team != oldTeam)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, TrainingPackage.AUDIENCE__TEAM, oldTeam, team));
      }
    }
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Team basicGetTeam()
  {
    return team;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setTeam(Team newTeam)
  {
    Team oldTeam = team;
    team = newTeam;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__TEAM, oldTeam, team));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getHeadcount()
  {
    return headcount;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setHeadcount(int newHeadcount)
  {
    int oldHeadcount = headcount;
    headcount = newHeadcount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__HEADCOUNT, oldHeadcount, headcount));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CompletionStatus getStatus()
  {
    return status;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setStatus(CompletionStatus newStatus)
  {
    CompletionStatus oldStatus = status;
    status = newStatus == null ? STATUS_EDEFAULT : newStatus;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__STATUS, oldStatus, status));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getCompletedCount()
  {
    return completedCount;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCompletedCount(int newCompletedCount)
  {
    int oldCompletedCount = completedCount;
    completedCount = newCompletedCount;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__COMPLETED_COUNT, oldCompletedCount, completedCount));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getCompletionDate()
  {
    return completionDate;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCompletionDate(LocalDate newCompletionDate)
  {
    LocalDate oldCompletionDate = completionDate;
    completionDate = newCompletionDate;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.AUDIENCE__COMPLETION_DATE, oldCompletionDate, completionDate));
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
      case TrainingPackage.AUDIENCE__QUEUE:
        if (resolve) return getQueue();
        return basicGetQueue();
      case TrainingPackage.AUDIENCE__TEAM:
        if (resolve) return getTeam();
        return basicGetTeam();
      case TrainingPackage.AUDIENCE__HEADCOUNT:
        return getHeadcount();
      case TrainingPackage.AUDIENCE__STATUS:
        return getStatus();
      case TrainingPackage.AUDIENCE__COMPLETED_COUNT:
        return getCompletedCount();
      case TrainingPackage.AUDIENCE__COMPLETION_DATE:
        return getCompletionDate();
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
      case TrainingPackage.AUDIENCE__QUEUE:
        setQueue((Queue)newValue);
        return;
      case TrainingPackage.AUDIENCE__TEAM:
        setTeam((Team)newValue);
        return;
      case TrainingPackage.AUDIENCE__HEADCOUNT:
        setHeadcount((Integer)newValue);
        return;
      case TrainingPackage.AUDIENCE__STATUS:
        setStatus((CompletionStatus)newValue);
        return;
      case TrainingPackage.AUDIENCE__COMPLETED_COUNT:
        setCompletedCount((Integer)newValue);
        return;
      case TrainingPackage.AUDIENCE__COMPLETION_DATE:
        setCompletionDate((LocalDate)newValue);
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
      case TrainingPackage.AUDIENCE__QUEUE:
        setQueue((Queue)null);
        return;
      case TrainingPackage.AUDIENCE__TEAM:
        setTeam((Team)null);
        return;
      case TrainingPackage.AUDIENCE__HEADCOUNT:
        setHeadcount(HEADCOUNT_EDEFAULT);
        return;
      case TrainingPackage.AUDIENCE__STATUS:
        setStatus(STATUS_EDEFAULT);
        return;
      case TrainingPackage.AUDIENCE__COMPLETED_COUNT:
        setCompletedCount(COMPLETED_COUNT_EDEFAULT);
        return;
      case TrainingPackage.AUDIENCE__COMPLETION_DATE:
        setCompletionDate(COMPLETION_DATE_EDEFAULT);
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
      case TrainingPackage.AUDIENCE__QUEUE:
        return queue != null;
      case TrainingPackage.AUDIENCE__TEAM:
        return team != null;
      case TrainingPackage.AUDIENCE__HEADCOUNT:
        return headcount != HEADCOUNT_EDEFAULT;
      case TrainingPackage.AUDIENCE__STATUS:
        return status != STATUS_EDEFAULT;
      case TrainingPackage.AUDIENCE__COMPLETED_COUNT:
        return completedCount != COMPLETED_COUNT_EDEFAULT;
      case TrainingPackage.AUDIENCE__COMPLETION_DATE:
        return COMPLETION_DATE_EDEFAULT == null ? completionDate != null : !COMPLETION_DATE_EDEFAULT.equals(completionDate);
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
    result.append(" (headcount: ");
    result.append(headcount);
    result.append(", status: ");
    result.append(status);
    result.append(", completedCount: ");
    result.append(completedCount);
    result.append(", completionDate: ");
    result.append(completionDate);
    result.append(')');
    return result.toString();
  }

} //AudienceImpl
