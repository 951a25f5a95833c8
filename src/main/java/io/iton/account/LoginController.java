package io.iton.account;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.NewsroomController;

/** The newsroom's login page; Spring Security's form login takes the POST. */
@NewsroomController
class LoginController {

    @GetMapping("/newsroom/login")
    ModelAndView login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout) {
        return new ModelAndView("newsroom/login", Map.of("failed", error != null, "loggedOut", logout != null));
    }
}
