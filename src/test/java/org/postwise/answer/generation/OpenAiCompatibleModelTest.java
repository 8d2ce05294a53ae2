package org.postwise.answer.generation;

import org.postwise.testing.FakeModelServer;

/** The model scenarios against an OpenAI-compatible server (OpenAI, vLLM, llama.cpp's server, LM Studio). */
class OpenAiCompatibleModelTest extends ModelAnswerScenarios {

    @Override
    FakeModelServer.Shape shape() {
        return FakeModelServer.Shape.OPENAI;
    }
}
