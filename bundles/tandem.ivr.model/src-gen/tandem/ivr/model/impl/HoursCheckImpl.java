/**
 */
package tandem.ivr.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;

import tandem.ivr.model.HoursCheck;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Node;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hours Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.HoursCheckImpl#getQueue <em>Queue</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.HoursCheckImpl#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.HoursCheckImpl#getOpen <em>Open</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.HoursCheckImpl#getClosed <em>Closed</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.HoursCheckImpl#getHoliday <em>Holiday</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HoursCheckImpl extends NodeImpl implements HoursCheck
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
   * The cached value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpeningHours()
   * @generated
   * @ordered
   */
  protected OpeningHours openingHours;

  /**
   * The cached value of the '{@link #getOpen() <em>Open</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getOpen()
   * @generated
   * @ordered
   */
  protected Node open;

  /**
   * The cached value of the '{@link #getClosed() <em>Closed</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getClosed()
   * @generated
   * @ordered
   */
  protected Node closed;

  /**
   * The cached value of the '{@link #getHoliday() <em>Holiday</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getHoliday()
   * @generated
   * @ordered
   */
  protected Node holiday;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected HoursCheckImpl()
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
    return IvrPackage.Literals.HOURS_CHECK;
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
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.HOURS_CHECK__QUEUE, oldQueue, queue));
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
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.HOURS_CHECK__QUEUE, oldQueue, queue));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OpeningHours getOpeningHours()
  {
    if (openingHours != null && openingHours.eIsProxy())
    {
      InternalEObject oldOpeningHours = (InternalEObject)openingHours;
      openingHours = (OpeningHours)eResolveProxy(oldOpeningHours);
      if (openingHours != oldOpeningHours)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.HOURS_CHECK__OPENING_HOURS, oldOpeningHours, openingHours));
      }
    }
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public OpeningHours basicGetOpeningHours()
  {
    return openingHours;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOpeningHours(OpeningHours newOpeningHours)
  {
    OpeningHours oldOpeningHours = openingHours;
    openingHours = newOpeningHours;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.HOURS_CHECK__OPENING_HOURS, oldOpeningHours, openingHours));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getOpen()
  {
    if (open != null && open.eIsProxy())
    {
      InternalEObject oldOpen = (InternalEObject)open;
      open = (Node)eResolveProxy(oldOpen);
      if (open != oldOpen)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.HOURS_CHECK__OPEN, oldOpen, open));
      }
    }
    return open;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetOpen()
  {
    return open;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setOpen(Node newOpen)
  {
    Node oldOpen = open;
    open = newOpen;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.HOURS_CHECK__OPEN, oldOpen, open));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getClosed()
  {
    if (closed != null && closed.eIsProxy())
    {
      InternalEObject oldClosed = (InternalEObject)closed;
      closed = (Node)eResolveProxy(oldClosed);
      if (closed != oldClosed)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.HOURS_CHECK__CLOSED, oldClosed, closed));
      }
    }
    return closed;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetClosed()
  {
    return closed;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setClosed(Node newClosed)
  {
    Node oldClosed = closed;
    closed = newClosed;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.HOURS_CHECK__CLOSED, oldClosed, closed));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getHoliday()
  {
    if (holiday != null && holiday.eIsProxy())
    {
      InternalEObject oldHoliday = (InternalEObject)holiday;
      holiday = (Node)eResolveProxy(oldHoliday);
      if (holiday != oldHoliday)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.HOURS_CHECK__HOLIDAY, oldHoliday, holiday));
      }
    }
    return holiday;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetHoliday()
  {
    return holiday;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setHoliday(Node newHoliday)
  {
    Node oldHoliday = holiday;
    holiday = newHoliday;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.HOURS_CHECK__HOLIDAY, oldHoliday, holiday));
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
      case IvrPackage.HOURS_CHECK__QUEUE:
        if (resolve) return getQueue();
        return basicGetQueue();
      case IvrPackage.HOURS_CHECK__OPENING_HOURS:
        if (resolve) return getOpeningHours();
        return basicGetOpeningHours();
      case IvrPackage.HOURS_CHECK__OPEN:
        if (resolve) return getOpen();
        return basicGetOpen();
      case IvrPackage.HOURS_CHECK__CLOSED:
        if (resolve) return getClosed();
        return basicGetClosed();
      case IvrPackage.HOURS_CHECK__HOLIDAY:
        if (resolve) return getHoliday();
        return basicGetHoliday();
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
      case IvrPackage.HOURS_CHECK__QUEUE:
        setQueue((Queue)newValue);
        return;
      case IvrPackage.HOURS_CHECK__OPENING_HOURS:
        setOpeningHours((OpeningHours)newValue);
        return;
      case IvrPackage.HOURS_CHECK__OPEN:
        setOpen((Node)newValue);
        return;
      case IvrPackage.HOURS_CHECK__CLOSED:
        setClosed((Node)newValue);
        return;
      case IvrPackage.HOURS_CHECK__HOLIDAY:
        setHoliday((Node)newValue);
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
      case IvrPackage.HOURS_CHECK__QUEUE:
        setQueue((Queue)null);
        return;
      case IvrPackage.HOURS_CHECK__OPENING_HOURS:
        setOpeningHours((OpeningHours)null);
        return;
      case IvrPackage.HOURS_CHECK__OPEN:
        setOpen((Node)null);
        return;
      case IvrPackage.HOURS_CHECK__CLOSED:
        setClosed((Node)null);
        return;
      case IvrPackage.HOURS_CHECK__HOLIDAY:
        setHoliday((Node)null);
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
      case IvrPackage.HOURS_CHECK__QUEUE:
        return queue != null;
      case IvrPackage.HOURS_CHECK__OPENING_HOURS:
        return openingHours != null;
      case IvrPackage.HOURS_CHECK__OPEN:
        return open != null;
      case IvrPackage.HOURS_CHECK__CLOSED:
        return closed != null;
      case IvrPackage.HOURS_CHECK__HOLIDAY:
        return holiday != null;
    }
    return super.eIsSet(featureID);
  }

} //HoursCheckImpl
