/**
 */
package tandem.training.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Delivery</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see tandem.training.model.TrainingPackage#getDelivery()
 * @model
 * @generated
 */
public enum Delivery implements Enumerator
{
  /**
   * The '<em><b>Classroom</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CLASSROOM_VALUE
   * @generated
   * @ordered
   */
  CLASSROOM(0, "classroom", "classroom"),

  /**
   * The '<em><b>Virtual</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #VIRTUAL_VALUE
   * @generated
   * @ordered
   */
  VIRTUAL(1, "virtual", "virtual"),

  /**
   * The '<em><b>ELearning</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ELEARNING_VALUE
   * @generated
   * @ordered
   */
  ELEARNING(2, "eLearning", "eLearning"),

  /**
   * The '<em><b>Huddle</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #HUDDLE_VALUE
   * @generated
   * @ordered
   */
  HUDDLE(3, "huddle", "huddle"),

  /**
   * The '<em><b>Job Aid</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #JOB_AID_VALUE
   * @generated
   * @ordered
   */
  JOB_AID(4, "jobAid", "jobAid");

  /**
   * The '<em><b>Classroom</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CLASSROOM
   * @model name="classroom"
   * @generated
   * @ordered
   */
  public static final int CLASSROOM_VALUE = 0;

  /**
   * The '<em><b>Virtual</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #VIRTUAL
   * @model name="virtual"
   * @generated
   * @ordered
   */
  public static final int VIRTUAL_VALUE = 1;

  /**
   * The '<em><b>ELearning</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ELEARNING
   * @model name="eLearning"
   * @generated
   * @ordered
   */
  public static final int ELEARNING_VALUE = 2;

  /**
   * The '<em><b>Huddle</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #HUDDLE
   * @model name="huddle"
   * @generated
   * @ordered
   */
  public static final int HUDDLE_VALUE = 3;

  /**
   * The '<em><b>Job Aid</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #JOB_AID
   * @model name="jobAid"
   * @generated
   * @ordered
   */
  public static final int JOB_AID_VALUE = 4;

  /**
   * An array of all the '<em><b>Delivery</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final Delivery[] VALUES_ARRAY =
    new Delivery[]
    {
      CLASSROOM,
      VIRTUAL,
      ELEARNING,
      HUDDLE,
      JOB_AID,
    };

  /**
   * A public read-only list of all the '<em><b>Delivery</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<Delivery> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Delivery</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Delivery get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Delivery result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Delivery</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Delivery getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      Delivery result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Delivery</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static Delivery get(int value)
  {
    switch (value)
    {
      case CLASSROOM_VALUE: return CLASSROOM;
      case VIRTUAL_VALUE: return VIRTUAL;
      case ELEARNING_VALUE: return ELEARNING;
      case HUDDLE_VALUE: return HUDDLE;
      case JOB_AID_VALUE: return JOB_AID;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private Delivery(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //Delivery
