"""The assessments models, re-exported from one module per concern."""

from .attempts import Attempt, AttemptAnswer, QuizResult
from .banks import Question, QuestionBank, QuestionCategory, TaggedQuestion
from .quizzes import Accommodation, Quiz, QuizSlot
from .translations import QuestionTranslation, QuizTranslation

__all__ = [
    "Accommodation",
    "Attempt",
    "AttemptAnswer",
    "Question",
    "QuestionBank",
    "QuestionCategory",
    "QuestionTranslation",
    "Quiz",
    "QuizResult",
    "QuizSlot",
    "QuizTranslation",
    "TaggedQuestion",
]
