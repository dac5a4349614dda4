package dev.clapboard;

import dev.clapboard.support.ClapboardTest;

@ClapboardTest
class SchemaOnH2Test extends SchemaContract {
}
