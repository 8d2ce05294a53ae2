package org.postwise.answer.generation;

import org.postwise.testing.FakeModelServer;

/** The model scenarios against an Ollama-shaped server ({@code /api/chat}, JSON lines). */
class OllamaModelTest extends ModelAnswerScenarios {

    @Override
    FakeModelServer.Shape shape() {
        return FakeModelServer.Shape.OLLAMA;
    }
}
