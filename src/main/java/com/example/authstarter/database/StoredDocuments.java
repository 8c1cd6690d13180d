package com.example.authstarter.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * How documents are written: as Spring Boot would, but without Spring Data's type key ({@code _class}). Each
 * collection holds one type, so the key would say nothing but where the class lives, and tie every stored
 * document to that package. Documents written with it by earlier versions read the same: it is ignored.
 */
@Configuration(proxyBeanMethods = false)
class StoredDocuments {

    @Bean
    MappingMongoConverter mappingMongoConverter(
            MongoDatabaseFactory database, MongoMappingContext mapping, MongoCustomConversions conversions) {
        var converter = new MappingMongoConverter(new DefaultDbRefResolver(database), mapping);
        converter.setCustomConversions(conversions);
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        return converter;
    }
}
