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

import tandem.core.model.impl.PlanDocumentImpl;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.IvrScript;
import tandem.ivr.model.Node;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Script</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.IvrScriptImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.IvrScriptImpl#getEntryPoints <em>Entry Points</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.IvrScriptImpl#getNodes <em>Nodes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IvrScriptImpl extends PlanDocumentImpl implements IvrScript
{
  /**
   * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLanguage()
   * @generated
   * @ordered
   */
  protected static final String LANGUAGE_EDEFAULT = "en";

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
   * The cached value of the '{@link #getEntryPoints() <em>Entry Points</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getEntryPoints()
   * @generated
   * @ordered
   */
  protected EList<EntryPoint> entryPoints;

  /**
   * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNodes()
   * @generated
   * @ordered
   */
  protected EList<Node> nodes;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected IvrScriptImpl()
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
    return IvrPackage.Literals.IVR_SCRIPT;
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
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.IVR_SCRIPT__LANGUAGE, oldLanguage, language));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<EntryPoint> getEntryPoints()
  {
    if (entryPoints == null)
    {
      entryPoints = new EObjectContainmentEList<EntryPoint>(EntryPoint.class, this, IvrPackage.IVR_SCRIPT__ENTRY_POINTS);
    }
    return entryPoints;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Node> getNodes()
  {
    if (nodes == null)
    {
      nodes = new EObjectContainmentEList<Node>(Node.class, this, IvrPackage.IVR_SCRIPT__NODES);
    }
    return nodes;
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
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
        return ((InternalEList<?>)getEntryPoints()).basicRemove(otherEnd, msgs);
      case IvrPackage.IVR_SCRIPT__NODES:
        return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
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
      case IvrPackage.IVR_SCRIPT__LANGUAGE:
        return getLanguage();
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
        return getEntryPoints();
      case IvrPackage.IVR_SCRIPT__NODES:
        return getNodes();
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
      case IvrPackage.IVR_SCRIPT__LANGUAGE:
        setLanguage((String)newValue);
        return;
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
        getEntryPoints().clear();
        getEntryPoints().addAll((Collection<? extends EntryPoint>)newValue);
        return;
      case IvrPackage.IVR_SCRIPT__NODES:
        getNodes().clear();
        getNodes().addAll((Collection<? extends Node>)newValue);
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
      case IvrPackage.IVR_SCRIPT__LANGUAGE:
        setLanguage(LANGUAGE_EDEFAULT);
        return;
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
        getEntryPoints().clear();
        return;
      case IvrPackage.IVR_SCRIPT__NODES:
        getNodes().clear();
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
      case IvrPackage.IVR_SCRIPT__LANGUAGE:
        return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
      case IvrPackage.IVR_SCRIPT__ENTRY_POINTS:
        return entryPoints != null && !entryPoints.isEmpty();
      case IvrPackage.IVR_SCRIPT__NODES:
        return nodes != null && !nodes.isEmpty();
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
    result.append(" (language: ");
    result.append(language);
    result.append(')');
    return result.toString();
  }

} //IvrScriptImpl
