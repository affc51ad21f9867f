/**
 */
package tandem.training.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import tandem.core.model.impl.PlanDocumentImpl;

import tandem.training.model.Course;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.TrainingPackage;
import tandem.training.model.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.training.model.impl.TrainingPlanImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link tandem.training.model.impl.TrainingPlanImpl#getKnowledgeItems <em>Knowledge Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingPlanImpl extends PlanDocumentImpl implements TrainingPlan
{
  /**
   * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCourses()
   * @generated
   * @ordered
   */
  protected EList<Course> courses;

  /**
   * The cached value of the '{@link #getKnowledgeItems() <em>Knowledge Items</em>}' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getKnowledgeItems()
   * @generated
   * @ordered
   */
  protected EList<KnowledgeItem> knowledgeItems;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected TrainingPlanImpl()
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
    return TrainingPackage.Literals.TRAINING_PLAN;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<Course> getCourses()
  {
    if (courses == null)
    {
      courses = new EObjectContainmentEList<Course>(Course.class, this, TrainingPackage.TRAINING_PLAN__COURSES);
    }
    return courses;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EList<KnowledgeItem> getKnowledgeItems()
  {
    if (knowledgeItems == null)
    {
      knowledgeItems = new EObjectContainmentEList<KnowledgeItem>(KnowledgeItem.class, this, TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS);
    }
    return knowledgeItems;
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
      case TrainingPackage.TRAINING_PLAN__COURSES:
        return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
      case TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS:
        return ((InternalEList<?>)getKnowledgeItems()).basicRemove(otherEnd, msgs);
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
      case TrainingPackage.TRAINING_PLAN__COURSES:
        return getCourses();
      case TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS:
        return getKnowledgeItems();
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
      case TrainingPackage.TRAINING_PLAN__COURSES:
        getCourses().clear();
        getCourses().addAll((Collection<? extends Course>)newValue);
        return;
      case TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS:
        getKnowledgeItems().clear();
        getKnowledgeItems().addAll((Collection<? extends KnowledgeItem>)newValue);
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
      case TrainingPackage.TRAINING_PLAN__COURSES:
        getCourses().clear();
        return;
      case TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS:
        getKnowledgeItems().clear();
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
      case TrainingPackage.TRAINING_PLAN__COURSES:
        return courses != null && !courses.isEmpty();
      case TrainingPackage.TRAINING_PLAN__KNOWLEDGE_ITEMS:
        return knowledgeItems != null && !knowledgeItems.isEmpty();
    }
    return super.eIsSet(featureID);
  }

} //TrainingPlanImpl
