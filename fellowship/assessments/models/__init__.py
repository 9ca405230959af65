"""The assessments models, re-exported from one module per concern."""

from .attempts import Attempt, AttemptAnswer, QuizResult
from .banks import Question, QuestionBank, QuestionCategory, TaggedQuestion
from .quizzes import Accommodation, Quiz, QuizSlot

__all__ = [
    "Accommodation",
    "Attempt",
    "AttemptAnswer",
    "Question",
    "QuestionBank",
    "QuestionCategory",
    "Quiz",
    "QuizResult",
    "QuizSlot",
    "TaggedQuestion",
]
